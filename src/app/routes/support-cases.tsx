import type { RouteHandle } from '@/i18n/head';
import { supportCasesHead } from '@/features/support/cases-page';

export {
  supportCasesLoader as loader,
  SupportCasesPage as Component,
} from '@/features/support/cases-page';

export const handle: RouteHandle = { head: supportCasesHead };
