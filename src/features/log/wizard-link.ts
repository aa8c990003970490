import type { Answers, Tree } from '@/engine';
import { findingLink as evidenceLink, type LogFinding } from '@/network/openvpn-log';
import { diagnosisIds, trees as registeredTrees } from '@/trees';

/** Where a finding leads: a wizard walk with the answers the log proves, or the cause page. */
export type FindingLink =
  | {
      readonly kind: 'diagnose';
      readonly tree: string;
      readonly diagnosis: string;
      /** Only what the log proves (issue 20.1): every other question is asked. */
      readonly answers: Answers;
    }
  | { readonly kind: 'cause'; readonly diagnosis: string };

/**
 * The link for a finding: the wizard with the log's proven answers on the way to the finding's
 * cause (the network layer's `findingLink`, shared with the CLI), else the cause page when some
 * tree has that cause, else none.
 */
export function findingLink(
  finding: LogFinding,
  trees: readonly Tree[] = registeredTrees,
): FindingLink | null {
  const link = evidenceLink(finding, trees);
  if (link) return { kind: 'diagnose', ...link };
  const cause = finding.cause;
  return cause !== null && trees.some((t) => diagnosisIds(t).includes(cause))
    ? { kind: 'cause', diagnosis: cause }
    : null;
}
