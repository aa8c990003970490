import type { RouteHandle } from '@/i18n/head';
import { logAnalyzerHead } from '@/features/log/log-analyzer-page';

export {
  logAnalyzerLoader as loader,
  LogAnalyzerPage as Component,
} from '@/features/log/log-analyzer-page';

export const handle: RouteHandle = { head: logAnalyzerHead };
