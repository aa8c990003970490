import { CONNECTION_SPECS, PLATFORMS } from '@/network/cidr';
import { checkClientCidr, type ClientCidrReport } from '@/network/client-cidr-check';
import { paths } from '@/config/paths';
import { fieldRows, type FieldTable } from './tool-fields';
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

const KEYS = CLIENT_CIDR_KEYS;

const row = fieldRows<ClientCidrForm>('clientCidr');

/** The client CIDR checker's fields, in the page's order. */
export const CLIENT_CIDR_TABLE: FieldTable<ClientCidrForm> = {
  fields: [
    row.choice(KEYS.platform, 'platform', 'cc-platform', PLATFORMS),
    row.text(KEYS.clientCidr, 'clientCidr', 'cc-client-cidr'),
    row.text(KEYS.connections, 'connections', 'cc-connections', {
      numeric: true,
      list: 'cc-connection-specs',
      suggestions: CONNECTION_SPECS.map(String),
    }),
    row.group('local-networks', LOCAL_NETWORKS_ID, localNetworkId(0)),
    row.text(KEYS.clientLans, 'clientLans', 'cc-client-lans', { optional: true }),
    row.text(KEYS.ipsecRoutes, 'ipsecRoutes', 'cc-ipsec-routes', {
      optional: true,
      multiline: true,
    }),
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
      ? t('clientCidr.fields.local-networks.item', {
          n: Number(slot.slice(ITEM_PREFIX.length)) + 1,
        })
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
