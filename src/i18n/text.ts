/** Reads a list of strings from a `returnObjects` translation, tolerating anything else. */
export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A fix step: text, its commands (`code`: one string or a list, each shown in its own block
 * with its own copy button), the OS it is for, and the platforms it is for (`platform`: one id
 * or a list; absent: every platform).
 */
export interface StepText {
  readonly text: string;
  readonly code?: string;
  readonly codes: readonly string[];
  readonly os?: string;
  readonly platforms?: readonly string[];
}

function stringList(v: unknown): string[] {
  if (typeof v === 'string') return v ? [v] : [];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/** Reads the `steps` list of a cause file. */
export function asSteps(value: unknown): StepText[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (typeof o.text !== 'string') return [];
    const codes = stringList(o.code);
    const platforms = stringList(o.platform);
    return [
      {
        text: o.text,
        ...(typeof o.code === 'string' ? { code: o.code } : {}),
        codes,
        ...(typeof o.os === 'string' ? { os: o.os } : {}),
        ...(platforms.length > 0 ? { platforms } : {}),
      },
    ];
  });
}

/**
 * Reads a `commands` list (`[{ os, code, platform? }]`) of a check. With `platform` given
 * (a platform id from the answers), commands tagged for other platforms are left out.
 */
export function asCommands(value: unknown, platform?: string): { os: string; code: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (!forPlatform(stringList(o.platform), platform)) return [];
    return typeof o.os === 'string' && typeof o.code === 'string'
      ? [{ os: o.os, code: o.code }]
      : [];
  });
}

/**
 * Reads a list whose items are sentences or `{ text, platform }` (a `verify` list), leaving out
 * items tagged for another platform than `platform` (unknown platform: all are kept).
 */
export function asTaggedTexts(
  value: unknown,
  platform: string | undefined,
): { text: string; platforms?: readonly string[] }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v === 'string') return [{ text: v }];
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (typeof o.text !== 'string') return [];
    const platforms = stringList(o.platform);
    if (!forPlatform(platforms, platform)) return [];
    return [{ text: o.text, ...(platforms.length > 0 ? { platforms } : {}) }];
  });
}

/** True when an item tagged for `tags` is shown for `platform` (unknown platform: all are). */
export function forPlatform(tags: readonly string[], platform: string | undefined): boolean {
  if (tags.length === 0 || platform === undefined || platform === 'generic') return true;
  return tags.includes(platform);
}
