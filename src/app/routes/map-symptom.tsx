import type { RouteHandle } from '@/i18n/head';
import { mapSymptomHead } from '@/features/map/map-pages';

export { mapSymptomLoader as loader, MapSymptomPage as Component } from '@/features/map/map-pages';

export const handle: RouteHandle = { head: mapSymptomHead };
