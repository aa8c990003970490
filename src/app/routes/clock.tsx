import type { RouteHandle } from '@/i18n/head';
import { clockHead } from '@/features/clock/clock-page';

export { clockLoader as loader, ClockPage as Component } from '@/features/clock/clock-page';

export const handle: RouteHandle = { head: clockHead };
