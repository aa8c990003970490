/** Reads a list of strings from a `returnObjects` translation, tolerating anything else. */
export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A fix step: text, an optional command and the OS it is for. */
export interface StepText {
  readonly text: string;
  readonly code?: string;
  readonly os?: string;
}

/** Reads the `steps` list of a cause file. */
export function asSteps(value: unknown): StepText[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (typeof o.text !== 'string') return [];
    return [
      {
        text: o.text,
        ...(typeof o.code === 'string' ? { code: o.code } : {}),
        ...(typeof o.os === 'string' ? { os: o.os } : {}),
      },
    ];
  });
}

/** Reads a `commands` list (`[{ os, code }]`) of a check. */
export function asCommands(value: unknown): { os: string; code: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    return typeof o.os === 'string' && typeof o.code === 'string'
      ? [{ os: o.os, code: o.code }]
      : [];
  });
}
