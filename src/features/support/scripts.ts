/**
 * Support scripts: what support staff say, have the customer run, and read from the result at
 * each non-diagnosis node. Words live in `locales/<lang>/support-<treeId>.json` under
 * `nodes.<nodeId>` (apart from the tree files, which content writers own).
 */
import type { Tree } from '@/engine';

/** The namespace of a tree's support scripts. */
export function supportNamespace(treeId: string): string {
  return `support-${treeId}`;
}

/** The keys of one script: every required key is non-empty text. */
export const SCRIPT_KEYS = {
  required: ['say', 'run', 'good', 'bad', 'why'],
  optional: ['commands'],
} as const;

/** The operating systems a script command may name. */
export const SCRIPT_OS = ['windows', 'macos', 'linux'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The nodes of a tree that need a script (every node but the diagnoses). */
export function scriptedNodes(tree: Tree): string[] {
  return tree.nodes.filter((n) => n.kind !== 'diagnosis').map((n) => n.id);
}

/**
 * What is wrong with a tree's scripts, one line per problem (empty = complete): a missing file
 * or node, a missing, empty or unknown key, a command for an unknown OS, a script for a node
 * the tree does not have, and commands that differ between languages (commands are not
 * translated).
 */
export function scriptProblems(
  tree: Tree,
  bundles: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>,
): string[] {
  const problems: string[] = [];
  const ns = supportNamespace(tree.id);
  const nodes = scriptedNodes(tree);
  const commandsByLang: Record<string, string> = {};
  for (const [lang, bundle] of Object.entries(bundles)) {
    const where = `${lang}/${ns}.json`;
    if (!bundle) {
      problems.push(`${where} is missing`);
      continue;
    }
    const scripts = bundle.nodes;
    if (!isRecord(scripts)) {
      problems.push(`${where}: lacks "nodes"`);
      continue;
    }
    for (const id of Object.keys(scripts))
      if (!nodes.includes(id)) problems.push(`${where}: "${id}" is not a step of ${tree.id}`);
    for (const id of nodes) {
      const script = scripts[id];
      if (!isRecord(script)) {
        problems.push(`${where}: no script for "${id}"`);
        continue;
      }
      for (const key of SCRIPT_KEYS.required) {
        const v = script[key];
        if (typeof v !== 'string' || v.trim() === '')
          problems.push(`${where}: "${id}.${key}" is missing or empty`);
      }
      const allowed: readonly string[] = [...SCRIPT_KEYS.required, ...SCRIPT_KEYS.optional];
      for (const key of Object.keys(script))
        if (!allowed.includes(key)) problems.push(`${where}: "${id}.${key}" is unused`);
      if (script.commands !== undefined) {
        const list = script.commands;
        if (!Array.isArray(list) || list.length === 0) {
          problems.push(`${where}: "${id}.commands" must be a non-empty list`);
        } else {
          list.forEach((c: unknown, i) => {
            if (
              !isRecord(c) ||
              typeof c.code !== 'string' ||
              c.code.trim() === '' ||
              !SCRIPT_OS.some((os) => os === c.os)
            )
              problems.push(
                `${where}: "${id}.commands.${i}" needs an os (windows, macos, linux) and code`,
              );
          });
        }
      }
      commandsByLang[`${lang}:${id}`] = JSON.stringify(script.commands ?? []);
    }
  }
  const langs = Object.keys(bundles).filter((l) => bundles[l]);
  for (const id of nodes) {
    const first = langs[0];
    if (!first) break;
    for (const lang of langs.slice(1)) {
      const a = commandsByLang[`${first}:${id}`];
      const b = commandsByLang[`${lang}:${id}`];
      if (a !== undefined && b !== undefined && a !== b)
        problems.push(`${ns}: "${id}.commands" differ between ${first} and ${lang}`);
    }
  }
  return problems;
}
