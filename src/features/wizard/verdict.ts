import { useT } from '../../app/use-lang';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Flattens an evaluator's details into interpolation values (arrays of pairs become text). */
export function verdictParams(details: unknown): Record<string, string | number> {
  if (!isRecord(details)) return {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (Array.isArray(v)) {
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
  const { t } = useT('common');
  return (evaluator: string, result: string, details: unknown) =>
    t(`verdicts.${evaluator}.${result}`, { ...verdictParams(details), defaultValue: '' });
}
