import type { RouteHandle } from '@/i18n/head';
import { clientCidrHead } from '@/features/tools/client-cidr-page';

export {
  toolsLoader as loader,
  ClientCidrPage as Component,
} from '@/features/tools/client-cidr-page';

export const handle: RouteHandle = { head: clientCidrHead };
