/**
 * Log analyzer worst case: 10 MB built to defeat each pattern (every rule's needle repeated,
 * and each needle followed by a long run of what its expression scans, at the maximum line
 * length), plus 10 MB of `AUTH_FAILED,` (16 s before the rewrite). Budget: 2 s each.
 * Run: `npx tsx scripts/bench-log.ts` (`--json`: the checks as one JSON line at the end, which
 * `npm run bench` reads). Each check is `{ name, value, budget, pass }`, in ms.
 */
import { analyzeLog, MAX_LINE_LENGTH } from '../src/network/openvpn-log';
import { RULES } from '../src/network/openvpn-log/signatures';

const TEN_MB = 10 * 1024 * 1024;
function fillTo(lines: string[]): string {
  const block = lines.join('\n') + '\n';
  return block.repeat(Math.ceil(TEN_MB / block.length)).slice(0, TEN_MB);
}
const needles = [...new Set(RULES.map((r) => r.needle))];
const crafted = fillTo(
  needles.flatMap((n) => [
    n.repeat(Math.ceil(MAX_LINE_LENGTH / n.length)).slice(0, MAX_LINE_LENGTH),
    (n + "a,' ([0".repeat(MAX_LINE_LENGTH)).slice(0, MAX_LINE_LENGTH),
  ]),
);
const auth = 'AUTH_FAILED,'.repeat(Math.ceil(TEN_MB / 12)).slice(0, TEN_MB);
const BUDGET_MS = 2000;
const checks: { name: string; value: number; budget: number; pass: boolean }[] = [];
function record(name: string, ms: number) {
  checks.push({
    name: `Log analyzer, 10 MB ${name} (ms)`,
    value: Math.round(ms),
    budget: BUDGET_MS,
    pass: ms <= BUDGET_MS,
  });
}
for (const [name, text] of [
  ['crafted (every pattern)', crafted],
  ['AUTH_FAILED, repeated', auth],
] as const) {
  const t0 = performance.now();
  const a = analyzeLog(text);
  const ms = performance.now() - t0;
  console.log(
    `${name}: ${(text.length / 1048576).toFixed(1)} MB, ${a.lineCount} lines, ${ms.toFixed(0)} ms`,
  );
  record(name, ms);
}

// A realistic 10 MB log: many short lines (the real 2.6.14 corpus, repeated).
import { readFileSync, readdirSync } from 'node:fs';
const dir = new URL('../src/network/openvpn-log/corpus/real/', import.meta.url);
const real = fillTo(readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8')));
{
  const t0 = performance.now();
  const a = analyzeLog(real);
  const ms = performance.now() - t0;
  console.log(`real corpus repeated: 10.0 MB, ${a.lineCount} lines, ${ms.toFixed(0)} ms`);
  record('real corpus repeated', ms);
}
process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
if (process.argv.includes('--json')) console.log(JSON.stringify({ checks }));
