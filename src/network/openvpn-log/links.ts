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
  const tlsError = (option: string) => {
    cc['log-message'] = 'tls-error';
    cc['tls-error'] = option;
  };
  const optionsLine = (option: string) => {
    cc['log-message'] = 'options-error';
    cc['options-line'] = option;
  };
  switch (id) {
    case 'tls-key-negotiation-timeout':
    case 'server-poll-timeout':
      if (finding.matches.some((m) => m.captures.source !== 'openvpn3')) {
        cc['log-message'] = 'tls-timeout';
        // "TLS: Initial packet from …" before the timeout: the server answered.
        if (finding.basis === 'no-server-reply') cc['initial-packet'] = 'absent';
        if (finding.basis === 'server-replied' || finding.basis === 'own-cert-expired')
          cc['initial-packet'] = 'present';
      }
      break;
    case 'tcp-connect-refused':
    case 'udp-refused':
      cc['log-message'] = 'connection-refused';
      break;
    case 'http-reply':
      cc['log-message'] = 'bad-packet-length';
      break;
    case 'tun-device-missing':
      cc['log-message'] = 'tun-missing';
      break;
    case 'adapters-in-use':
    case 'no-tap-adapter':
      cc['log-message'] = 'adapter-in-use';
      break;
    case 'auth-failed':
      cc['log-message'] = 'auth-failed';
      cc['auth-reason'] = 'plain';
      break;
    case 'auth-failed-cipher':
      cc['log-message'] = 'auth-failed';
      cc['auth-reason'] = 'no-shared-cipher';
      cm['log-cipher'] = 'no-shared-cipher';
      break;
    case 'auth-token-expired':
      pd['disconnect-log'] = 'auth-failed';
      pd['auth-when'] = 'after-reconnect';
      break;
    case 'cert-expired':
      // The client's VERIFY ERROR is about the server's chain (or a fast clock).
      tlsError('verify-expired');
      break;
    case 'own-cert-expired':
    case 'alert-cert-expired':
      tlsError('own-cert-expired');
      break;
    case 'cert-not-yet-valid':
      tlsError('cert-not-yet-valid');
      break;
    case 'cert-weak':
      tlsError('weak-cert');
      break;
    case 'tls-unsupported-protocol':
      tlsError('unsupported-protocol');
      break;
    case 'tls-auth-hmac-failed':
    case 'tls-crypt-unwrap-failed':
      tlsError('hmac');
      break;
    case 'options-error':
      optionsLine('options-error');
      break;
    case 'cipher-negotiation-failed':
      optionsLine('cipher-fallback');
      cm['log-cipher'] = 'no-shared-cipher';
      break;
    case 'compression-refused':
      optionsLine('compression');
      break;
    case 'dco-incompatible':
      optionsLine('dco');
      break;
    case 'server-no-common-cipher':
    case 'cipher-not-allowed':
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
    case 'udp-no-reply':
      // A candidate: UDP (the link remote line) and no "Initial packet from" before the timeout.
      cc['log-message'] = 'tls-timeout';
      cc['initial-packet'] = 'absent';
      cc['server-protocol'] = 'udp';
      break;
    case 'idle-drop-keepalive':
    case 'drop-after-silence': {
      // Candidates beside a ping-restart drop: the drop line is proven, the pattern is not.
      pd['disconnect-log'] = 'ping-restart';
      const proto = finding.params.proto;
      if (proto === 'udp' || proto === 'tcp') pd.protocol = proto;
      break;
    }
    case 'os-sleep':
    case 'network-change':
      pd['drop-pattern'] = 'after-sleep';
      break;
    case 'duplicate-cn-alternating':
      pd['drop-pattern'] = 'two-computers';
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
