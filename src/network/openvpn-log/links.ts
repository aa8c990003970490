/**
 * Links from evidence (issue 20.1): what a finding PROVES about the wizard's answers, and the
 * wizard link built from those answers only (`linkAnswers` in the engine keeps the proven
 * answers on the way to the cause; every other question is asked). Never "config matches",
 * never a pool or a LAN: a log does not show them.
 */
import { encodeAnswers, linkAnswers, type Answers, type Tree } from '../../engine';
import type { LogFinding } from './types';

/**
 * The answers a finding proves, per tree. Option ids are those of the trees' questions
 * (`log-message` in cannot-connect, `disconnect-log` / `protocol` in periodic-disconnect,
 * `log-cipher` in cipher-mismatch, `mtu-log` in packet-loss); an answer whose node or option a
 * tree does not have is ignored by `linkAnswers`.
 */
export function provenAnswers(finding: LogFinding): Readonly<Record<string, Answers>> {
  const id = finding.id;
  const cc: Record<string, string> = {};
  const pd: Record<string, string> = {};
  const cm: Record<string, string> = {};
  const pl: Record<string, string> = {};
  switch (id) {
    case 'tls-key-negotiation-timeout':
      // The wizard's "TLS key negotiation failed" answer, proven by the line itself.
      if (finding.matches.some((m) => m.captures.source !== 'openvpn3'))
        cc['log-message'] = 'tls-timeout';
      break;
    case 'cert-expired':
    case 'own-cert-expired':
    case 'alert-cert-expired':
      cc['log-message'] = 'cert-expired';
      break;
    case 'cert-not-yet-valid':
      cc['log-message'] = 'cert-not-yet-valid';
      break;
    case 'options-error':
      cc['log-message'] = 'options-error';
      break;
    case 'adapters-in-use':
      cc['log-message'] = 'adapter-in-use';
      break;
    case 'auth-failed-cipher':
    case 'server-no-common-cipher':
    case 'cipher-not-allowed':
    case 'cipher-negotiation-failed':
      cm['log-cipher'] = 'no-shared-cipher';
      break;
    case 'cipher-negotiated':
      cm['log-cipher'] = 'negotiated';
      break;
    case 'ping-restart':
    case 'connection-reset':
      if (finding.basis === 'after-tunnel-up') {
        pd['disconnect-log'] = id;
        const proto = finding.params.proto;
        if (proto === 'udp' || proto === 'tcp') pd.protocol = proto;
      }
      break;
    case 'mtu-bad-packet-length':
    case 'mtu-packet-too-large':
    case 'mtu-emsgsize':
    case 'mtu-frag-error':
      pl['mtu-log'] = 'mtu-lines';
      break;
    default:
      break;
  }
  const out: Record<string, Answers> = {};
  if (Object.keys(cc).length) out['cannot-connect'] = cc;
  if (Object.keys(pd).length) out['periodic-disconnect'] = pd;
  if (Object.keys(cm).length) out['cipher-mismatch'] = cm;
  if (Object.keys(pl).length) out['packet-loss'] = pl;
  return out;
}

/** Where a finding's link goes: a tree, its diagnosis and the proven answers on the way. */
export interface FindingLinkTarget {
  readonly tree: string;
  readonly diagnosis: string;
  readonly answers: Answers;
}

/**
 * The wizard link for a finding: its cause's tree (or, when that tree lacks the diagnosis, the
 * first tree that has it) with the proven answers on the way; null when the finding has no
 * cause or no tree has that diagnosis.
 */
export function findingLink(finding: LogFinding, trees: readonly Tree[]): FindingLinkTarget | null {
  const cause = finding.cause;
  if (cause === null) return null;
  const preferred = finding.wizardTarget?.tree;
  const ordered = [
    ...trees.filter((t) => t.id === preferred),
    ...trees.filter((t) => t.id !== preferred),
  ];
  const proven = provenAnswers(finding);
  for (const tree of ordered) {
    const answers = linkAnswers(tree, proven[tree.id] ?? {}, cause);
    if (answers) return { tree: tree.id, diagnosis: cause, answers };
  }
  return null;
}

/** The wizard path of a link, as `src/app/paths.ts` writes it: `/<lang>/diagnose/<tree>?…`. */
export function linkPath(lang: string, link: FindingLinkTarget): string {
  const query = encodeAnswers(link.answers);
  return `/${lang}/diagnose/${encodeURIComponent(link.tree)}${query ? `?${query}` : ''}`;
}
