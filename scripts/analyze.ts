/**
 * Command-line twin of the log analyzer page (same pure code): `npm run analyze -- <file>…`
 * (or `-` / no file for stdin), `--lang en|ja`, `--json` (one JSON object per file), `--now
 * <date>` (the clock certificate dates are checked against; default: this computer's). Exit 0
 * when it ran, 2 when an input was unreadable (binary, not UTF-8, empty, missing), 1 on bad usage.
 *
 * Each input has a `kind`, decided by the evidence reader the page's evidence box uses
 * (`readEvidence`): `client-log` / `server-log` (the analyzer's findings), `config` (lint and
 * certificate findings, each with its cause), `network-dump` (the client's LANs and VPN
 * addresses), `certificate`, `key` (never printed: only its type and size), `pkcs12`,
 * `not-recognised`.
 */
import { readFileSync } from 'node:fs';
import { findingLink, linkPath, type LogAnalysis } from '../src/network/openvpn-log';
import { trees } from '../src/trees';
import { readEvidence } from '../src/network/evidence/read-evidence';
import { evidenceJson } from '../src/network/evidence/evidence-json';
import en from '../locales/en/log.json' with { type: 'json' };
import ja from '../locales/ja/log.json' with { type: 'json' };

type Lang = 'en' | 'ja';
const WORDS = { en, ja } as const;

interface FindingJson {
  signature: string;
  severity: string;
  lines: number[];
  cause: string | null;
  link: string | null;
  reason: string;
  basis: string;
  params: Record<string, string | number>;
}

function toJson(file: string, a: LogAnalysis, lang: Lang) {
  const findings: FindingJson[] = a.findings.map((f) => {
    const link = findingLink(f, trees);
    return {
      signature: f.id,
      severity: f.severity,
      lines: [...f.lines],
      cause: f.cause,
      link: link ? linkPath(lang, link) : null,
      reason: f.rankReason,
      basis: f.basis,
      params: { ...f.params },
    };
  });
  return {
    file,
    kind: a.role === 'server' ? 'server-log' : 'client-log',
    lines: a.lineCount,
    role: a.role,
    recognised: a.recognised,
    client: a.client ? { version: a.client.version, platform: a.client.platform } : null,
    tunnelUp: a.tunnel.cameUp,
    attempts: a.attempts,
    findings,
  };
}

function fill(s: string, params: Record<string, string | number>): string {
  return s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''));
}

function printText(j: ReturnType<typeof toJson>, lang: Lang): void {
  const w = WORDS[lang] as unknown as {
    signatures: Record<string, { title: string; meaning: string }>;
    rankReasons: Record<string, string>;
    basis: Record<string, string>;
    severity: Record<string, string>;
    recognition: { notOpenvpn: string };
  };
  console.log(
    `== ${j.file} (${j.role}, ${j.lines} lines, ${j.attempts} attempts, tunnel up: ${j.tunnelUp})`,
  );
  if (!j.recognised) console.log(w.recognition.notOpenvpn);
  for (const f of j.findings) {
    if (f.severity === 'info') continue;
    const s = w.signatures[f.signature];
    console.log(
      `- [${w.severity[f.severity] ?? f.severity}] ${s?.title ?? f.signature} (lines ${f.lines.join(', ')})`,
    );
    if (s) console.log(`  ${s.meaning}`);
    console.log(
      `  ${fill(w.rankReasons[f.reason] ?? f.reason, f.params)} ${fill(w.basis[f.basis] ?? '', f.params)}`,
    );
    if (f.cause) console.log(`  cause: ${f.cause}${f.link ? `  ${f.link}` : ''}`);
  }
}

function readBytes(file: string): Uint8Array | { error: string } {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    return { error: `cannot read: ${(e as Error).message}` };
  }
}

async function main(argv: string[]): Promise<number> {
  let lang: Lang = 'en';
  let json = false;
  let now = new Date();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'en' && v !== 'ja') {
        console.error('--lang must be en or ja');
        return 1;
      }
      lang = v;
    } else if (a === '--now' || a.startsWith('--now=')) {
      const v = a.includes('=') ? a.slice(6) : argv[++i];
      const d = new Date(v ?? '');
      if (!v || Number.isNaN(d.getTime())) {
        console.error('--now must be a date, e.g. 2026-06-01T00:00:00Z');
        return 1;
      }
      now = d;
    } else if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run analyze -- [--json] [--lang en|ja] [--now <date>] <file>… (- or nothing: stdin)',
      );
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) files.push('-');
  let status = 0;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    const bytes = readBytes(file);
    if ('error' in bytes) {
      console.error(`${file}: ${bytes.error}`);
      status = 2;
      continue;
    }
    const r = await readEvidence(name, bytes, { now });
    if (r.kind === 'error') {
      console.error(`${file}: unreadable input: ${r.error}`);
      status = 2;
      continue;
    }
    if (r.kind === 'client-log' || r.kind === 'server-log') {
      const j = toJson(name, r.analysis, lang);
      if (json) console.log(JSON.stringify(j));
      else printText(j, lang);
      continue;
    }
    const j = evidenceJson(name, r);
    if (json) console.log(JSON.stringify(j));
    else console.log(`== ${name} (${r.kind})\n${JSON.stringify(j, null, 2)}`);
  }
  return status;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
