/**
 * The page and the command-line twin give the same findings for the same log (issue 14): the
 * page's worker code (`analyzeSource` over a file, in chunks) against the real CLI process
 * (`npm run analyze -- --json`), for every log of the corpus.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkPath } from '@/network/openvpn-log';
import { EXPECTATIONS } from '@/network/openvpn-log/corpus/expectations';
import { analyzeSource, type AnalysisMessage } from './read-log';
import { findingLink } from './wizard-link';

const corpus = join(import.meta.dirname, '../../network/openvpn-log/corpus');
const files = Object.keys(EXPECTATIONS).map((f) => join(corpus, f));

interface CliFinding {
  signature: string;
  severity: string;
  lines: number[];
  cause: string | null;
  link: string | null;
}

const cli = execFileSync(
  join(process.cwd(), 'node_modules/.bin/tsx'),
  ['scripts/analyze.ts', '--json', ...files],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { file: string; findings: CliFinding[] });

async function pageFindings(file: string): Promise<CliFinding[]> {
  const out: AnalysisMessage[] = [];
  const blob = new Blob([readFileSync(file)]);
  await analyzeSource(
    { kind: 'file', file: blob },
    (m) => out.push(m),
    undefined,
    () => 0,
  );
  const last = out[out.length - 1];
  if (last?.type !== 'done') throw new Error(`${file}: ${JSON.stringify(last)}`);
  return last.analysis.findings.map((f) => {
    const link = findingLink(f);
    return {
      signature: f.id,
      severity: f.severity,
      lines: [...f.lines],
      cause: f.cause,
      link: link?.kind === 'diagnose' ? linkPath('en', link) : null,
    };
  });
}

describe('page and CLI agree', () => {
  it('reads every corpus file', () => {
    expect(cli.map((c) => c.file)).toEqual(files);
  });

  it.each(files.map((f, i) => [f.slice(corpus.length + 1), i] as const))(
    '%s: same findings, lines, causes and links',
    async (_, i) => {
      const fromCli = cli[i]!.findings.map(({ signature, severity, lines, cause, link }) => ({
        signature,
        severity,
        lines,
        cause,
        link,
      }));
      expect(await pageFindings(files[i]!)).toEqual(fromCli);
    },
  );
});
