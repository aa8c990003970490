import type { RouteHandle } from '@/i18n/head';
import { firewallRulesHead } from '@/features/tools/firewall-rules-page';

export {
  toolsLoader as loader,
  FirewallRulesPage as Component,
} from '@/features/tools/firewall-rules-page';

export const handle: RouteHandle = { head: firewallRulesHead };
