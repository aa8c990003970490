import { looseT, useT } from './use-lang';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Translates a `{ code, params }` message found in details (e.g. a rule difference). */
export type MessageTranslator = (code: string, params: Record<string, string | number>) => string;

function messageParams(v: unknown): Record<string, string | number> {
  if (!isRecord(v)) return {};
  const out: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(v))
    if (typeof x === 'string' || typeof x === 'number') out[k] = x;
  return out;
}

/**
 * Flattens an evaluator's details into interpolation values: arrays of overlapping pairs become
 * `a ↔ b (shared)` joined by `; `, arrays of `{ code, params }` messages become their sentences
 * (through `translate`, or the bare codes without it) joined by spaces.
 */
export function verdictParams(
  details: unknown,
  translate?: MessageTranslator,
): Record<string, string | number> {
  if (!isRecord(details)) return {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((i) => isRecord(i) && typeof i.code === 'string')
    ) {
      out[k] = v
        .map((item: Record<string, unknown>) => {
          const code = String(item.code);
          return translate ? translate(code, messageParams(item.params)) : code;
        })
        .join(' ');
    } else if (Array.isArray(v)) {
      out[k] = v
        .map((item) =>
          isRecord(item) && typeof item.a === 'string' && typeof item.b === 'string'
            ? `${item.a} ↔ ${item.b} (${String(item.shared)})`
            : String(item),
        )
        .join('; ');
    }
  }
  return out;
}

/** A sentence explaining a compute verdict (`common:verdicts.<evaluator>.<result>`), or ''. */
export function useVerdictText() {
  const { t } = useT(['common', 'tools']);
  // Evaluator names, results and message codes come from the tree data and the network layer.
  const tl = looseT(t);
  const translate: MessageTranslator = (code, params) =>
    tl(`tools:messages.${code}`, { ...params, defaultValue: code });
  return (evaluator: string, result: string, details: unknown) =>
    tl(`verdicts.${evaluator}.${result}`, {
      ...verdictParams(details, translate),
      defaultValue: '',
    });
}
