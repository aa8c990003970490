/**
 * A tool's fields as a table: for each field its name (the input's `name`, the query key and
 * the evaluator's field name), kind, DOM id, label and hint keys, and the choices a radio field
 * accepts. From the table come where an evaluator's error is shown, which input the error
 * summary links to, and the label the summary names a field by. Pure: no React.
 *
 * @packageDocumentation
 */
import type { FieldIssue } from '@/network/cidr';
import type { PlacedIssue } from '@/components/form-kit';

/** The keys of a form whose values are text. */
export type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

interface RowBase {
  /** The evaluator's field name, also the input's `name` and the query key. */
  readonly name: string;
  /** DOM id: the input (text), the radios' prefix (choice), the fieldset (group). */
  readonly id: string;
  /** i18n key (tools namespace) of the label, or of the legend for choice and group fields. */
  readonly label: string;
  /** i18n key of the hint under the label. */
  readonly hint?: string;
  readonly optional?: boolean;
  /** Keys joined by " – " to name the field in the error summary (default: `label`). */
  readonly summaryLabel?: readonly string[];
  /** The evaluator never reports this field: it has no error slot of its own. */
  readonly silent?: boolean;
}

/** A text input (or a textarea) holding `form[key]`. */
export interface TextRow<F> extends RowBase {
  readonly kind: 'text';
  readonly key: TextKey<F>;
  readonly numeric?: boolean;
  readonly multiline?: boolean;
  /** Id of a `<datalist>` of these suggested values. */
  readonly list?: string;
  readonly suggestions?: readonly string[];
  /** Drawn only when this holds (default: always). */
  readonly shownIf?: (form: F) => boolean;
}

/** Radios holding `form[key]`; the query keeps only one of `options`. */
export interface ChoiceRow<F> extends RowBase {
  readonly kind: 'choice';
  readonly key: TextKey<F>;
  readonly options: readonly string[];
  /** i18n key prefix of the options' labels (`<optionLabels>.<value>`). */
  readonly optionLabels: string;
}

/** A field of repeated rows (or one drawn by the page itself); errors go to `firstInput`. */
export interface GroupRow extends RowBase {
  readonly kind: 'group';
  /** The input the summary links to for an error of the whole group. */
  readonly firstInput: string;
  /** i18n keys of the "add a row" button and of the sentence shown at the limit instead. */
  readonly add?: string;
  readonly atMax?: string;
}

/** One row of a field table. */
export type FieldRow<F> = TextRow<F> | ChoiceRow<F> | GroupRow;

/** Where an error is shown (`slot`) and which input the summary links to (`fieldId`). */
export type Place = Pick<PlacedIssue, 'slot' | 'fieldId'>;

/** `t` as the table needs it. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A tool's field table. */
export interface FieldTable<F> {
  readonly fields: readonly FieldRow<F>[];
  /** Field whose slot shows an error of a field the table does not know. */
  readonly fallback: string;
  /** Places an error of one row of a repeated field (undefined: not a row's). */
  readonly placeRow?: (issue: FieldIssue, form: F) => Place | undefined;
  /** The summary label of a row's slot (undefined: not a row's). */
  readonly rowLabel?: (slot: string, t: Translate) => string | undefined;
}

type Extra<R> = Partial<Omit<R, 'kind' | 'name' | 'key' | 'id'>>;

/**
 * Row makers for a tool whose words are under `<words>.fields.<name>`: `label` (text) or
 * `legend` (choice, group), `help`, `options.<value>`, `add`, `atMax`.
 */
export function fieldRows<F>(words: string) {
  const k = (name: string, part: string) => `${words}.fields.${name}.${part}`;
  return {
    text: (name: string, key: TextKey<F>, id: string, extra?: Extra<TextRow<F>>): TextRow<F> => ({
      kind: 'text',
      name,
      key,
      id,
      label: k(name, 'label'),
      hint: k(name, 'help'),
      ...extra,
    }),
    choice: (
      name: string,
      key: TextKey<F>,
      id: string,
      options: readonly string[],
      extra?: Extra<ChoiceRow<F>>,
    ): ChoiceRow<F> => ({
      kind: 'choice',
      name,
      key,
      id,
      label: k(name, 'legend'),
      hint: k(name, 'help'),
      options,
      optionLabels: k(name, 'options'),
      ...extra,
    }),
    group: (name: string, id: string, firstInput: string, extra?: Extra<GroupRow>): GroupRow => ({
      kind: 'group',
      name,
      id,
      firstInput,
      label: k(name, 'legend'),
      hint: k(name, 'help'),
      add: k(name, 'add'),
      atMax: k(name, 'atMax'),
      ...extra,
    }),
  };
}

/** The table's field called `name`. */
export function fieldNamed<F>(table: FieldTable<F>, name: string): FieldRow<F> | undefined {
  return table.fields.find((f) => f.name === name);
}

/** Where an error of field `name` goes, or undefined for an unknown or silent field. */
function placeField<F>(table: FieldTable<F>, name: string): Place | undefined {
  const f = fieldNamed(table, name);
  if (!f || f.silent) return undefined;
  switch (f.kind) {
    case 'text':
      return { slot: f.id, fieldId: f.id };
    case 'choice':
      return { slot: f.id, fieldId: `${f.id}-${f.options[0] ?? ''}` };
    case 'group':
      return { slot: f.id, fieldId: f.firstInput };
  }
}

/** Where each evaluator error is shown and which input the summary links to. */
export function placeIssues<F>(
  table: FieldTable<F>,
  errors: readonly FieldIssue[],
  form: F,
): PlacedIssue[] {
  return errors.map((e) => {
    const base = { code: e.code, ...(e.params ? { params: e.params } : {}) };
    const place = table.placeRow?.(e, form) ??
      placeField(table, e.field) ??
      placeField(table, table.fallback) ?? { slot: '', fieldId: '' };
    return { ...base, ...place };
  });
}

/** The label the error summary names slot `slot` by, or undefined for an unknown slot. */
export function labelOfSlot<F>(
  table: FieldTable<F>,
  slot: string,
  t: Translate,
): string | undefined {
  const row = table.rowLabel?.(slot, t);
  if (row !== undefined) return row;
  const f = table.fields.find((x) => x.id === slot);
  if (!f) return undefined;
  return (f.summaryLabel ?? [f.label]).map((key) => t(key)).join(' – ');
}
