import type { RouteHandle } from '@/i18n/head';
import { causeHead } from '@/features/causes/cause-pages';

export { causeLoader as loader, CausePage as Component } from '@/features/causes/cause-pages';

export const handle: RouteHandle = { head: causeHead };
