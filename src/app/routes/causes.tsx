import type { RouteHandle } from '@/i18n/head';
import { causeIndexHead } from '@/features/causes/cause-pages';

export {
  causeIndexLoader as loader,
  CauseIndexPage as Component,
} from '@/features/causes/cause-pages';

export const handle: RouteHandle = { head: causeIndexHead };
