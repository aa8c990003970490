import type { ComponentProps, ComponentType } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { StaffLinkButton, customerUrl } from '@/features/support/staff-link';
import type { SupportPanel } from '@/features/support/support-panel';
import { hasSupportFlag, supportModeOn } from '@/features/support/support-flag';
import { useSupportOn } from '@/features/support/support-mode';
import type { ToolLink } from '@/features/tools/tool-link';
import { wizardState } from '@/features/wizard/use-wizard';
import {
  WizardPage,
  offersEvidence,
  wizardHead,
  wizardLoader,
} from '@/features/wizard/wizard-page';
import type { RouteHandle } from '@/i18n/head';
import { CAUSES, findTree } from '@/trees';
import type { Tree } from '@/engine';
import { onDemand, useOnDemand } from '@/lib/on-demand';

export const handle: RouteHandle = { head: wizardHead };

// Code on demand (none of it is needed to paint most steps and diagnoses):
// - the clock check (with react-query, the app's only server state), on its diagnosis;
// - the tool link (the tools' forms and ipaddr.js), on a diagnosis right after a compute step;
// - support mode's panel (scripts, notes, case record), while the mode is on.
const clockCheck = onDemand(() => import('@/features/clock/clock-skew-check'));
const toolLink = onDemand(() => import('@/features/tools/tool-link'));
const supportPanel = onDemand(() => import('@/features/support/support-panel'));
// - the evidence box (paste or drop files for the reader), on the steps that offer it.
const evidenceBox = onDemand(() => import('@/features/inspector/evidence-box'));

/** The wizard's loader, then whichever on-demand part the page will show (so it paints with it). */
export async function loader(args: LoaderFunctionArgs) {
  const result = await wizardLoader(args);
  const tree = findTree(args.params.symptomId ?? '');
  const url = new URL(args.request.url);
  if (!tree) return result;
  const { resolution } = wizardState(tree, url.searchParams);
  const parts: Promise<unknown>[] = [];
  if (resolution.done && resolution.current.id === CAUSES.clientClockSkew) {
    parts.push(clockCheck.load());
  }
  if (resolution.done && resolution.trail.at(-1)?.node.kind === 'compute') {
    parts.push(toolLink.load());
  }
  if (offersEvidence(resolution)) parts.push(evidenceBox.load());
  if (supportModeOn() || hasSupportFlag(url.search)) parts.push(supportPanel.load());
  await Promise.all(parts);
  return result;
}

function ClockCheck() {
  const m = useOnDemand(clockCheck, true);
  return m ? <m.ClockSkewCheck /> : null;
}

function AfterDiagnosis(props: ComponentProps<typeof ToolLink>) {
  const m = useOnDemand(toolLink, props.trail.at(-1)?.node.kind === 'compute');
  return m ? <m.ToolLink {...props} /> : null;
}

function SupportAside(props: ComponentProps<typeof SupportPanel>) {
  const m = useOnDemand(supportPanel, useSupportOn());
  return m ? <m.SupportPanel {...props} /> : null;
}

function Evidence({ tree, platform }: { tree: Tree; platform: string | undefined }) {
  const m = useOnDemand(evidenceBox, true);
  return m ? (
    <m.EvidenceBox place="wizard" symptom={tree.id} {...(platform ? { platform } : {})} />
  ) : null;
}

/** Extra blocks under a diagnosis, by cause id (a test checks every id against the trees). */
export const DIAGNOSIS_EXTRAS: Readonly<Record<string, ComponentType>> = {
  [CAUSES.clientClockSkew]: ClockCheck,
};

const share = { shareUrl: () => customerUrl(), Beside: StaffLinkButton };

/**
 * `/<lang>/diagnose/<symptomId>?…`: the only place where the wizard, support mode, the tools and
 * the clock check meet. The wizard names none of them.
 */
export function Component() {
  return (
    <WizardPage
      extras={DIAGNOSIS_EXTRAS}
      Aside={SupportAside}
      AfterDiagnosis={AfterDiagnosis}
      share={share}
      Evidence={Evidence}
    />
  );
}
