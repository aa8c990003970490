import type { ComponentType } from 'react';
import { ClockSkewCheck } from '@/features/clock/clock-skew-check';
import { StaffLinkButton, customerUrl } from '@/features/support/staff-link';
import { SupportPanel } from '@/features/support/support-panel';
import { ToolLink } from '@/features/tools/tool-link';
import { WizardPage, wizardHead } from '@/features/wizard/wizard-page';
import type { RouteHandle } from '@/i18n/head';
import { CAUSES } from '@/trees';

export { wizardLoader as loader } from '@/features/wizard/wizard-page';

export const handle: RouteHandle = { head: wizardHead };

/** Extra blocks under a diagnosis, by cause id (a test checks every id against the trees). */
export const DIAGNOSIS_EXTRAS: Readonly<Record<string, ComponentType>> = {
  [CAUSES.clientClockSkew]: ClockSkewCheck,
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
      Aside={SupportPanel}
      AfterDiagnosis={ToolLink}
      share={share}
    />
  );
}
