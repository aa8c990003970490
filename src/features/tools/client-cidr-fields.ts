import { CONNECTION_SPECS, PLATFORMS } from '@/network/cidr';
import { checkClientCidr, type ClientCidrReport } from '@/network/client-cidr-check';
import { paths } from '@/config/paths';
import type { FieldTable } from './tool-fields';
import type { ToolDefinition } from './use-tool-form';
import {
  CLIENT_CIDR_KEYS,
  clientCidrInput,
  decodeClientCidr,
  encodeClientCidr,
  rowOfItem,
  type ClientCidrForm,
} from './url-state';

/** DOM id of local network row `row` (0-based): `cc-local-network-2`. */
export const localNetworkId = (row: number) => `cc-local-network-${row}`;
const LOCAL_NETWORKS_ID = 'cc-local-networks';
const ITEM_PREFIX = 'cc-local-network-';

const k = (name: string, part: string) => `clientCidr.fields.${name}.${part}`;
const KEYS = CLIENT_CIDR_KEYS;

/** The client CIDR checker's fields, in the page's order. */
export const CLIENT_CIDR_TABLE: FieldTable<ClientCidrForm> = {
  fields: [
    {
      kind: 'choice',
      name: KEYS.platform,
      key: 'platform',
      id: 'cc-platform',
      label: k('platform', 'legend'),
      hint: k('platform', 'help'),
      options: PLATFORMS,
      optionLabels: k('platform', 'options'),
    },
    {
      kind: 'text',
      name: KEYS.clientCidr,
      key: 'clientCidr',
      id: 'cc-client-cidr',
      label: k('client-cidr', 'label'),
      hint: k('client-cidr', 'help'),
    },
    {
      kind: 'text',
      name: KEYS.connections,
      key: 'connections',
      id: 'cc-connections',
      label: k('connections', 'label'),
      hint: k('connections', 'help'),
      numeric: true,
      list: 'cc-connection-specs',
      suggestions: CONNECTION_SPECS.map(String),
    },
    {
      kind: 'group',
      name: 'local-networks',
      id: LOCAL_NETWORKS_ID,
      label: k('local-networks', 'legend'),
      hint: k('local-networks', 'help'),
      firstInput: localNetworkId(0),
    },
    {
      kind: 'text',
      name: KEYS.clientLans,
      key: 'clientLans',
      id: 'cc-client-lans',
      label: k('client-lans', 'label'),
      hint: k('client-lans', 'help'),
      optional: true,
    },
    {
      kind: 'text',
      name: KEYS.ipsecRoutes,
      key: 'ipsecRoutes',
      id: 'cc-ipsec-routes',
      label: k('ipsec-routes', 'label'),
      hint: k('ipsec-routes', 'help'),
      optional: true,
      multiline: true,
    },
  ],
  fallback: KEYS.clientCidr,
  // An error of item n of the local networks goes to the row that holds it.
  placeRow: (e, form) => {
    if (e.field !== 'local-networks') return undefined;
    const row = e.index === undefined ? undefined : rowOfItem(form.localNetworks, e.index);
    return row === undefined
      ? { slot: LOCAL_NETWORKS_ID, fieldId: localNetworkId(0) }
      : { slot: localNetworkId(row), fieldId: localNetworkId(row) };
  },
  rowLabel: (slot, t) =>
    slot.startsWith(ITEM_PREFIX)
      ? t(k('local-networks', 'item'), { n: Number(slot.slice(ITEM_PREFIX.length)) + 1 })
      : undefined,
};

/** The client CIDR checker as a tool. */
export const CLIENT_CIDR_TOOL: ToolDefinition<ClientCidrForm, ClientCidrReport> = {
  table: CLIENT_CIDR_TABLE,
  decode: decodeClientCidr,
  encode: encodeClientCidr,
  evaluate: (form) => checkClientCidr(clientCidrInput(form)),
  href: paths.toolsClientCidr.href,
};
