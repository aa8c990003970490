import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { FieldIssue } from '@/network/cidr';
import { CLIENT_CIDR_TABLE, CLIENT_CIDR_TOOL } from './client-cidr-fields';
import { FIREWALL_TABLE, FIREWALL_TOOL, destinationPortShown } from './firewall-fields';
import { fieldNamed, fieldRows, labelOfSlot, placeIssues, type FieldTable } from './tool-fields';
import {
  EMPTY_CLIENT_CIDR_FORM,
  EMPTY_DESTINATION,
  EMPTY_FIREWALL_FORM,
  decodeFirewall,
  type ClientCidrForm,
  type FirewallForm,
} from './url-state';

const issue = (field: string, index?: number): FieldIssue => ({
  field,
  code: 'required',
  ...(index === undefined ? {} : { index }),
});
const place = <F>(table: FieldTable<F>, form: F, e: FieldIssue) => {
  const [p] = placeIssues(table, [e], form);
  return p && { slot: p.slot, fieldId: p.fieldId };
};

/** `t` that shows the key and its params, to see which words a label is made of. */
const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key}(${JSON.stringify(params)})` : key;

/** The English tools words, to check every key a table names exists. */
const words = JSON.parse(
  fs.readFileSync(new URL('../../../locales/en/tools.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const hasWord = (key: string) =>
  key.split('.').reduce<unknown>((node, part) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[part];
  }, words) !== undefined;

describe('field rows', () => {
  const row = fieldRows<ClientCidrForm>('clientCidr');
  it('take label, legend, help and option keys from the tool’s words', () => {
    expect(row.text('client-cidr', 'clientCidr', 'cc-client-cidr')).toMatchObject({
      kind: 'text',
      label: 'clientCidr.fields.client-cidr.label',
      hint: 'clientCidr.fields.client-cidr.help',
    });
    expect(row.choice('platform', 'platform', 'cc-platform', ['a', 'b'])).toMatchObject({
      label: 'clientCidr.fields.platform.legend',
      optionLabels: 'clientCidr.fields.platform.options',
    });
    expect(row.group('local-networks', 'cc-local-networks', 'cc-local-network-0')).toMatchObject({
      label: 'clientCidr.fields.local-networks.legend',
      add: 'clientCidr.fields.local-networks.add',
      atMax: 'clientCidr.fields.local-networks.atMax',
    });
  });
  it('let a row override a key', () => {
    expect(row.text('x', 'clientCidr', 'x', { hint: undefined }).hint).toBeUndefined();
  });
});

function tableChecks<F>(name: string, table: FieldTable<F>) {
  describe(`the ${name} table`, () => {
    it('has one row per name and per id', () => {
      const names = table.fields.map((f) => f.name);
      const ids = table.fields.map((f) => f.id);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(fieldNamed(table, table.fallback)).toBeDefined();
    });
    it('names only words that exist (en)', () => {
      for (const f of table.fields) {
        const keys = [f.label, ...(f.summaryLabel ?? [])];
        if (f.kind !== 'group' || f.name !== 'client-public-host-bits') {
          keys.push(...(f.hint ? [f.hint] : []));
        }
        if (f.kind === 'choice') keys.push(...f.options.map((o) => `${f.optionLabels}.${o}`));
        if (f.kind === 'group' && f.name !== 'client-public-host-bits') {
          keys.push(...[f.add, f.atMax].filter((k): k is string => k !== undefined));
        }
        for (const key of keys) expect(hasWord(key), key).toBe(true);
      }
    });
  });
}
tableChecks('client CIDR', CLIENT_CIDR_TABLE);
tableChecks('firewall', FIREWALL_TABLE);

describe('client CIDR placement', () => {
  const form: ClientCidrForm = {
    ...EMPTY_CLIENT_CIDR_FORM,
    localNetworks: ['10.0.0.0/8, 10.1.0.0/16', '', '172.16.0.0/12'],
  };
  const at = (e: FieldIssue) => place(CLIENT_CIDR_TABLE, form, e);
  it('puts a text field’s error at its input', () => {
    expect(at(issue('client-cidr'))).toEqual({ slot: 'cc-client-cidr', fieldId: 'cc-client-cidr' });
    expect(at(issue('ipsec-routes'))).toEqual({
      slot: 'cc-ipsec-routes',
      fieldId: 'cc-ipsec-routes',
    });
  });
  it('links a radio group’s error to its first radio', () => {
    expect(at(issue('platform'))).toEqual({ slot: 'cc-platform', fieldId: 'cc-platform-alibaba' });
  });
  it('puts a local network’s error at the row that holds the item', () => {
    expect(at(issue('local-networks', 1))).toEqual({
      slot: 'cc-local-network-0',
      fieldId: 'cc-local-network-0',
    });
    expect(at(issue('local-networks', 2))).toEqual({
      slot: 'cc-local-network-2',
      fieldId: 'cc-local-network-2',
    });
    const group = { slot: 'cc-local-networks', fieldId: 'cc-local-network-0' };
    expect(at(issue('local-networks'))).toEqual(group);
    expect(at(issue('local-networks', 9))).toEqual(group);
  });
  it('sends an unknown field’s error to the client CIDR field', () => {
    expect(at(issue('nonsense'))).toEqual({ slot: 'cc-client-cidr', fieldId: 'cc-client-cidr' });
  });
  it('keeps the code and params', () => {
    const [p] = placeIssues(
      CLIENT_CIDR_TABLE,
      [{ field: 'connections', code: 'integer-range', params: { min: 1, max: 9 } }],
      form,
    );
    expect(p).toEqual({
      slot: 'cc-connections',
      fieldId: 'cc-connections',
      code: 'integer-range',
      params: { min: 1, max: 9 },
    });
  });
  it('names slots for the summary', () => {
    const label = (slot: string) => labelOfSlot(CLIENT_CIDR_TABLE, slot, t);
    expect(label('cc-connections')).toBe('clientCidr.fields.connections.label');
    expect(label('cc-platform')).toBe('clientCidr.fields.platform.legend');
    expect(label('cc-local-networks')).toBe('clientCidr.fields.local-networks.legend');
    expect(label('cc-local-network-3')).toBe('clientCidr.fields.local-networks.item({"n":4})');
    expect(label('cc-unknown')).toBeUndefined();
  });
});

describe('firewall placement', () => {
  const at = (e: FieldIssue) => place(FIREWALL_TABLE, EMPTY_FIREWALL_FORM, e);
  const servers = { slot: 'fw-destinations', fieldId: 'fw-dest-0-address' };
  it('puts text and radio errors at their fields', () => {
    expect(at(issue('pool-cidr'))).toEqual({ slot: 'fw-pool-cidr', fieldId: 'fw-pool-cidr' });
    expect(at(issue('availability-zone'))).toEqual({
      slot: 'fw-availability-zone',
      fieldId: 'fw-availability-zone',
    });
    expect(at(issue('protocol'))).toEqual({ slot: 'fw-protocol', fieldId: 'fw-protocol-tcp' });
    expect(at(issue('platform'))).toEqual({ slot: 'fw-platform', fieldId: 'fw-platform-alibaba' });
    expect(at(issue('client-public-host-bits'))).toEqual({
      slot: 'fw-client-public-host-bits',
      fieldId: 'fw-client-public-host-bits-host',
    });
  });
  it('puts a server row’s error at that row’s input', () => {
    expect(at(issue('destination-port', 2))).toEqual({
      slot: 'fw-dest-2-port',
      fieldId: 'fw-dest-2-port',
    });
    expect(at(issue('destination-host-bits', 0))).toEqual({
      slot: 'fw-dest-0-host-bits',
      fieldId: 'fw-dest-0-host-bits-host',
    });
  });
  it('sends other errors to the servers group', () => {
    expect(at(issue('destinations'))).toEqual(servers);
    expect(at(issue('destination-address'))).toEqual(servers);
    expect(at(issue('firewall-before'))).toEqual(servers);
    expect(at(issue('nonsense'))).toEqual(servers);
  });
  it('names slots for the summary', () => {
    const label = (slot: string) => labelOfSlot(FIREWALL_TABLE, slot, t);
    expect(label('fw-internal-gateway')).toBe('firewall.fields.internal-gateway.label');
    expect(label('fw-protocol')).toBe('firewall.fields.protocol.legend');
    expect(label('fw-destinations')).toBe('firewall.fields.destinations.legend');
    expect(label('fw-client-public-host-bits')).toBe(
      'firewall.fields.client-public.label – firewall.fields.host-bits.label',
    );
    expect(label('fw-dest-1-port')).toBe(
      'firewall.fields.destinations.item({"n":2}) – firewall.fields.destinations.port.label',
    );
    expect(label('fw-dest-0-host-bits')).toBe(
      'firewall.fields.destinations.item({"n":1}) – firewall.fields.host-bits.label',
    );
  });
});

describe('ICMP with a port: the port input stays, with the error (issue 17.5)', () => {
  const custom = { ...EMPTY_DESTINATION, address: '192.168.10.40', service: 'custom' as const };
  it('draws the port for tcp and udp always, for ICMP only while it holds a port or an error', () => {
    expect(destinationPortShown({ ...custom, protocol: 'tcp' }, false)).toBe(true);
    expect(destinationPortShown({ ...custom, protocol: 'udp' }, false)).toBe(true);
    expect(destinationPortShown({ ...custom, protocol: 'icmp' }, false)).toBe(false);
    expect(destinationPortShown({ ...custom, protocol: 'icmp', port: '  ' }, false)).toBe(false);
    expect(destinationPortShown({ ...custom, protocol: 'icmp', port: '22' }, false)).toBe(true);
    // Emptied after a refused submit: kept until the next submit clears the error.
    expect(destinationPortShown({ ...custom, protocol: 'icmp' }, true)).toBe(true);
    // A named service has its own port: no port input.
    expect(destinationPortShown({ ...EMPTY_DESTINATION, port: '22' }, false)).toBe(false);
  });
  it('a link with ICMP and a port: refused at that row’s drawn port input', () => {
    const { form } = decodeFirewall(
      'protocol=udp&internal-gateway=192.168.10.5&pool-cidr=10.8.0.0%2F24' +
        '&d1.address=192.168.10.20&d2.address=192.168.10.40&d2.service=custom' +
        '&d2.protocol=icmp&d2.port=22&run=1',
    );
    const r = FIREWALL_TOOL.evaluate(form);
    expect(r.ok).toBe(false);
    const placed = placeIssues(FIREWALL_TABLE, r.ok ? [] : r.errors, form);
    expect(placed).toEqual([
      {
        code: 'port-not-allowed-icmp',
        params: { value: '22' },
        slot: 'fw-dest-1-port',
        fieldId: 'fw-dest-1-port',
      },
    ]);
    const row = form.destinations[1];
    expect(row && destinationPortShown(row, true)).toBe(true);
  });
});

/** A form with one value in the table's text or choice field `name`. */
function withValue<F>(form: F, table: FieldTable<F>, name: string, value: string): F {
  const row = fieldNamed(table, name);
  if (!row || row.kind === 'group') throw new Error(name);
  return { ...form, [row.key]: value };
}

describe.each([
  ['client CIDR', CLIENT_CIDR_TOOL, EMPTY_CLIENT_CIDR_FORM],
  ['firewall', FIREWALL_TOOL, EMPTY_FIREWALL_FORM],
] as const)('the %s table and the URL', (_, tool, empty: ClientCidrForm | FirewallForm) => {
  const table = tool.table as FieldTable<typeof empty>;
  const encode = tool.encode as (f: typeof empty) => string;
  const decode = tool.decode as (q: string) => { form: typeof empty; run: boolean };
  it('a text field’s name is its query key, and its value comes back', () => {
    for (const row of table.fields) {
      if (row.kind !== 'text') continue;
      const query = encode(withValue(empty, table, row.name, ' 10.0.0.0/8 '));
      expect(new URLSearchParams(query).get(row.name), row.name).toBe('10.0.0.0/8');
      expect(decode(query).form[row.key], row.name).toBe('10.0.0.0/8');
    }
  });
  it('every option of a choice field comes back; other values do not', () => {
    for (const row of table.fields) {
      if (row.kind !== 'choice') continue;
      for (const option of row.options) {
        const query = encode(withValue(empty, table, row.name, option));
        expect(new URLSearchParams(query).get(row.name), row.name).toBe(option);
        expect(decode(query).form[row.key], `${row.name}=${option}`).toBe(option);
      }
      expect(decode(`${row.name}=evil&run=1`).form[row.key], row.name).toBe('');
    }
  });
  it('a submitted form is marked run, and decodes to itself', () => {
    const query = encode(empty);
    expect(decode(query)).toEqual({ form: empty, run: true });
  });
});
