import type { RouteHandle } from '@/i18n/head';
import { mapIndexHead } from '@/features/map/map-pages';

export { mapIndexLoader as loader, MapIndexPage as Component } from '@/features/map/map-pages';

export const handle: RouteHandle = { head: mapIndexHead };
