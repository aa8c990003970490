/**
 * The one set of input readers for `src/network`: the wizard's evaluators, the client CIDR
 * checker and the firewall rule builder all read their fields here, so a field means the same
 * thing everywhere (one `isAny`, one limit per field, `required` on every empty required field).
 *
 * A reader takes the raw value (anything: the input is untrusted), checks the text (control
 * characters, length), parses it, and pushes at most one {@link FieldIssue} per field or list
 * item. Readers never throw.
 *
 * @packageDocumentation
 */
import {
  normalizeInput,
  parseAddress,
  parseCidr,
  parseHostOrBlock,
  splitList,
  textIssue,
  type Cidr,
  type FieldIssue,
  type HostOrBlock,
  type MessageParams,
  type NetworkMessageCode,
} from './cidr';

/** Longest text a single-value field may hold. */
export const MAX_FIELD_LENGTH = 100;
/** Longest text a list field (or one item of a repeated list) may hold. */
export const MAX_LIST_LENGTH = 5000;
/** Most local networks an SSL server takes (Alibaba Cloud: up to 5). */
export const MAX_LOCAL_NETWORKS = 5;
/** Most client LANs the client CIDR tool compares. */
export const MAX_CLIENT_LANS = 20;
/** Most IPsec-VPN routes the checker and the `ipsec-overlap` evaluator compare. */
export const MAX_IPSEC_ROUTES = 100;
/** Most destinations the firewall rule builder takes. */
export const MAX_DESTINATIONS = 20;
/** Connection counts the tools accept. */
export const CONNECTIONS_RANGE = { min: 1, max: 100000 } as const;
/** Valid port numbers. */
export const PORT_RANGE = { min: 1, max: 65535 } as const;
/** Longest value echoed back in an error's params. */
const MAX_ECHO = 40;

/** The result of a parser: a value, or a field error code with its params. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: NetworkMessageCode; readonly params?: MessageParams };

/** Parses the (already length- and control-checked) text of a field. Must never throw. */
export type Parse<T> = (text: string) => Parsed<T>;

/** Where an issue goes: the field id and, for list items, the 0-based index. */
export interface At {
  readonly index?: number;
  /** Longest text allowed (default {@link MAX_FIELD_LENGTH}). */
  readonly max?: number;
}

/** The raw value as text: anything that is not a string reads as empty. */
export function textOf(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

/**
 * Text checks, then `parse`; pushes at most one issue for the field (or list item).
 * Returns the value, or undefined when an issue was pushed. Never throws.
 */
export function readField<T>(
  raw: unknown,
  field: string,
  parse: Parse<T>,
  errors: FieldIssue[],
  { index, max = MAX_FIELD_LENGTH }: At = {},
): T | undefined {
  const text = textOf(raw);
  const at = index === undefined ? {} : { index };
  const issue = textIssue(text, max);
  if (issue) {
    errors.push({ field, ...at, ...issue });
    return undefined;
  }
  const r = parse(text);
  if (!r.ok) {
    errors.push({ field, ...at, code: r.code, ...(r.params ? { params: r.params } : {}) });
    return undefined;
  }
  return r.value;
}

/** What every form accepts for "any address / port / protocol". One list, used everywhere. */
export const ANY_WORDS: readonly string[] = ['any', '*', '0.0.0.0/0'];

/** True when the text means "any" (`any`, `*`, `0.0.0.0/0`; case, spaces and full width ignored). */
export function isAny(raw: unknown): boolean {
  return ANY_WORDS.includes(normalizeInput(textOf(raw)).toLowerCase());
}

/** True when the field holds nothing but spaces. */
export function isBlank(raw: unknown): boolean {
  return normalizeInput(textOf(raw)) === '';
}

/**
 * An optional field that may also say "any": `empty` (nothing typed), `any`, or the parsed
 * value; undefined when the text did not parse (the issue was pushed).
 */
export type Optional<T> =
  | { readonly kind: 'empty' }
  | { readonly kind: 'any' }
  | { readonly kind: 'value'; readonly value: T };

/** Reads an optional field where empty and {@link isAny} are answers of their own. */
export function readOptional<T>(
  raw: unknown,
  field: string,
  parse: Parse<T>,
  errors: FieldIssue[],
  { anyAllowed = true, ...at }: At & { readonly anyAllowed?: boolean } = {},
): Optional<T> | undefined {
  const issue = textIssue(textOf(raw), at.max ?? MAX_FIELD_LENGTH);
  if (!issue && isBlank(raw)) return { kind: 'empty' };
  if (!issue && anyAllowed && isAny(raw)) return { kind: 'any' };
  const value = readField(raw, field, parse, errors, at);
  return value === undefined ? undefined : { kind: 'value', value };
}

// ---------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------

/** An IPv4 CIDR block. Errors: `cidr-empty|ipv6|not-cidr|bad-prefix|bad-address`. */
export const cidrParser: Parse<Cidr> = (text) => {
  const r = parseCidr(text);
  return r.ok
    ? { ok: true, value: r.cidr }
    : { ok: false, code: `cidr-${r.code}`, ...(r.params ? { params: r.params } : {}) };
};

/**
 * One IPv4 address. Errors: `ip-empty|ipv6|bad-address`, and `ip-not-address` for a block
 * (text with `/`).
 */
export const addressParser: Parse<{ readonly address: string; readonly value: number }> = (
  text,
) => {
  const value = normalizeInput(text);
  if (value.includes('/')) {
    return { ok: false, code: 'ip-not-address', params: { value: value.slice(0, MAX_ECHO) } };
  }
  const r = parseAddress(value);
  return r.ok
    ? { ok: true, value: { address: r.address, value: r.value } }
    : { ok: false, code: `ip-${r.code}`, ...(r.params ? { params: r.params } : {}) };
};

/** An address or a block (`ip-*` errors without `/`, `cidr-*` with). */
export const hostOrBlockParser: Parse<HostOrBlock> = (text) => {
  const r = parseHostOrBlock(text);
  return r.ok
    ? { ok: true, value: r.value }
    : { ok: false, code: r.code, ...(r.params ? { params: r.params } : {}) };
};

/** An inclusive port range (`min === max` for one port). */
export interface PortRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A port (`22`) or range (`8000:8080`, also `8000-8080`). Errors: `port-empty`,
 * `port-invalid` (`value`), `port-out-of-range` (`value`, `min`, `max`), `port-range-reversed`
 * (`value`, `from`, `to`).
 */
export const portsParser: Parse<PortRange> = (text): Parsed<PortRange> => {
  const value = normalizeInput(textOf(text));
  if (value === '') return { ok: false, code: 'port-empty' };
  const match = /^(\d{1,6})(?:\s{0,3}[:-]\s{0,3}(\d{1,6}))?$/.exec(value);
  if (!match) {
    return { ok: false, code: 'port-invalid', params: { value: value.slice(0, MAX_ECHO) } };
  }
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if ([from, to].some((p) => p < PORT_RANGE.min || p > PORT_RANGE.max)) {
    return { ok: false, code: 'port-out-of-range', params: { value, ...PORT_RANGE } };
  }
  if (from > to) return { ok: false, code: 'port-range-reversed', params: { value, from, to } };
  return { ok: true, value: { min: from, max: to } };
};

/** One port (a range is refused with `port-single-expected`). */
export const portParser: Parse<number> = (text): Parsed<number> => {
  const r = portsParser(text);
  if (!r.ok) return r;
  if (r.value.min !== r.value.max) {
    return {
      ok: false,
      code: 'port-single-expected',
      params: { value: normalizeInput(text).slice(0, MAX_ECHO) },
    };
  }
  return { ok: true, value: r.value.min };
};

/** `22` for one port, `8000:8080` for a range (the firewall APIs' form). */
export function formatPortRange(range: PortRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}:${range.max}`;
}

/**
 * A whole number in `range` (full-width digits allowed). Errors: `required` (empty),
 * `integer-range` (`value`, `min`, `max`).
 */
export function integerParser(range: {
  readonly min: number;
  readonly max: number;
}): Parse<number> {
  return (text) => {
    const value = normalizeInput(text);
    if (value === '') return { ok: false, code: 'required' };
    const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!(n >= range.min && n <= range.max)) {
      return {
        ok: false,
        code: 'integer-range',
        params: { value: value.slice(0, MAX_ECHO), min: range.min, max: range.max },
      };
    }
    return { ok: true, value: n };
  };
}

/**
 * One of `choices` (case and full width ignored). Errors: `required` (empty), `choice-invalid`
 * (`value`, `choices`).
 */
export function choiceParser<T extends string>(choices: readonly T[]): Parse<T> {
  return (text) => {
    const value = normalizeInput(text).toLowerCase();
    if (value === '') return { ok: false, code: 'required' };
    const found = choices.find((c) => c === value);
    return found
      ? { ok: true, value: found }
      : {
          ok: false,
          code: 'choice-invalid',
          params: { value: value.slice(0, MAX_ECHO), choices: choices.join(', ') },
        };
  };
}

/** Reads a positive integer field (see {@link integerParser}). */
export function readInteger(
  raw: unknown,
  field: string,
  range: { readonly min: number; readonly max: number },
  errors: FieldIssue[],
): number | undefined {
  return readField(raw, field, integerParser(range), errors);
}

/** Reads a choice field (see {@link choiceParser}). */
export function readChoice<T extends string>(
  raw: unknown,
  field: string,
  choices: readonly T[],
  errors: FieldIssue[],
  index?: number,
): T | undefined {
  return readField(raw, field, choiceParser(choices), errors, index === undefined ? {} : { index });
}

// ---------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------

/** One parsed list item: its value, its 0-based position among all items, and its text. */
export interface ListItem<T> {
  readonly value: T;
  readonly index: number;
  readonly text: string;
}

/** A parsed list, and whether any part of it had an error (its verdicts would be partial). */
export interface ParsedList<T> {
  readonly items: readonly ListItem<T>[];
  readonly bad: boolean;
}

/**
 * Reads a list typed into one text box, or several boxes each holding a list (items split on
 * line breaks, spaces, commas, semicolons and Japanese commas). Every bad item gets its own
 * issue with its `index`. Errors: the item parser's codes with `value` added, `too-many`
 * (`max`), the empty code when `required` and nothing was typed.
 */
export function readList<T>(
  raw: unknown,
  field: string,
  parse: Parse<T>,
  errors: FieldIssue[],
  {
    max,
    required,
    emptyCode = 'required',
  }: { readonly max: number; readonly required: boolean; readonly emptyCode?: NetworkMessageCode },
): ParsedList<T> {
  const boxes: readonly unknown[] = Array.isArray(raw) ? (raw as readonly unknown[]) : [raw];
  const before = errors.length;
  const values: string[] = [];
  for (const box of boxes) {
    const text = textOf(box);
    const issue = textIssue(text, MAX_LIST_LENGTH);
    if (issue) errors.push({ field, ...issue });
    else values.push(...splitList(text));
  }
  if (errors.length === before && values.length === 0 && required) {
    errors.push({ field, code: emptyCode });
  }
  if (values.length > max) {
    errors.push({ field, code: 'too-many', params: { max } });
  }
  const items: ListItem<T>[] = [];
  values.forEach((value, index) => {
    const r = parse(value);
    if (r.ok) items.push({ value: r.value, index, text: normalizeInput(value) });
    else errors.push({ field, index, code: r.code, params: { value, ...r.params } });
  });
  return { items, bad: errors.length > before };
}
