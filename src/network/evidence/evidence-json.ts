import type { EvidenceResult } from './read-evidence';

/**
 * What the evidence reader found in a file that is not a log, as `npm run analyze -- --json`
 * prints it, without any key material (keys only as type and size). One place for the CLI and
 * the test that checks the page reads the same.
 */
export function evidenceJson(file: string, r: EvidenceResult) {
  const base = { file, kind: r.kind };
  switch (r.kind) {
    case 'config':
      return {
        ...base,
        lines: r.lineCount,
        remotes: r.facts.remotes,
        messages: r.messages,
        findings: [
          ...r.lint.map((f) => ({
            finding: f.code,
            severity: f.severity,
            lines: f.lines,
            cause: f.cause ?? null,
          })),
          ...r.certificates.findings.map((f) => ({
            finding: f.code,
            severity: f.severity,
            lines: [],
            cause: f.cause ?? null,
          })),
        ],
        answers: r.answers,
      };
    case 'network-dump':
      return {
        ...base,
        formats: r.dump.formats,
        clientLans: r.dump.clientLans,
        vpnAddresses: r.dump.vpnAddresses,
        vpnRoutes: r.dump.vpnRoutes,
        answers: r.answers,
      };
    case 'certificate':
      return { ...base, findings: r.certificates.findings };
    case 'key':
      return { ...base, key: { type: r.secret.type, bits: r.secret.bits ?? null } };
    case 'not-recognised':
      // As the page says: "this does not look like an OpenVPN log"; nothing is found in it.
      return { ...base, recognised: false, expected: r.expected, findings: [] };
    default:
      return base;
  }
}
