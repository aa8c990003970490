/**
 * The inside of one node of the map picture: where each line of text goes and where each
 * outgoing edge leaves (pure; sizes in px, y offsets from the node's top).
 */
import { wrapText } from './graph';

/** The words of one node, already translated. */
export interface BoxText {
  /** The kind's name, e.g. "Question". */
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  /** One row per edge: the option, outcome or result label. */
  readonly options: readonly { readonly outcome: string; readonly label: string }[];
}

/** A line of text and its baseline. */
export interface Line {
  readonly text: string;
  readonly y: number;
}

/** One option row: its lines, its box and the port where its edge starts. */
export interface OptionRow {
  readonly outcome: string;
  readonly lines: readonly Line[];
  readonly top: number;
  readonly bottom: number;
  readonly portY: number;
}

/** Everything needed to draw a node and to lay out the map around it. */
export interface Box {
  readonly header: readonly Line[];
  readonly title: readonly Line[];
  readonly options: readonly OptionRow[];
  /** Where the option rows start (the separator line). */
  readonly optionsTop: number;
  readonly height: number;
  readonly entryY: number;
  readonly ports: Readonly<Record<string, number>>;
}

export const BOX = {
  pad: 10,
  headerSize: 12,
  headerLine: 16,
  titleSize: 14,
  titleLine: 19,
  optionSize: 13,
  optionLine: 17,
  rowPad: 5,
} as const;

/** Lays out the text of a node `width` px wide. */
export function boxOf(text: BoxText, width: number): Box {
  const inner = width - BOX.pad * 2 - 6;
  let y = BOX.pad;
  // `wrapSize` is the size text is measured at: bold titles run about a tenth wider.
  const lines = (t: string, wrapSize: number, lh: number): Line[] =>
    wrapText(t, inner, wrapSize).map((line) => {
      const top = y;
      y += lh;
      return { text: line, y: Math.round(top + lh * 0.75) };
    });
  const header = lines(`${text.kind} · ${text.id}`, BOX.headerSize, BOX.headerLine);
  y += 4;
  const title = lines(text.title, BOX.titleSize * 1.1, BOX.titleLine);
  y += BOX.pad - 2;
  const optionsTop = y;
  const options: OptionRow[] = text.options.map((o) => {
    const top = y;
    y += BOX.rowPad;
    const rowLines = lines(o.label, BOX.optionSize, BOX.optionLine);
    y += BOX.rowPad;
    return { outcome: o.outcome, lines: rowLines, top, bottom: y, portY: (top + y) / 2 };
  });
  if (options.length > 0) y += 2;
  const height = Math.ceil(y);
  return {
    header,
    title,
    options,
    optionsTop,
    height,
    entryY: BOX.pad + BOX.headerLine / 2,
    ports: Object.fromEntries(options.map((o) => [o.outcome, o.portY])),
  };
}
