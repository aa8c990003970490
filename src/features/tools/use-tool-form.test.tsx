// @vitest-environment jsdom
import { act, useEffect, type FormEvent } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '@/components/error-summary';
import { MAX_LOCAL_NETWORKS, type ClientCidrReport } from '@/network/client-cidr-check';
import { CLIENT_CIDR_TOOL, localNetworkId } from './client-cidr-fields';
import { toolTestRoot } from './tool-test-root';
import { useToolForm, useToolQuery, type ToolForm } from './use-tool-form';
import type { ClientCidrForm } from './url-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The hook's value at the last render. */
let tool: ToolForm<ClientCidrForm, ClientCidrReport>;

function expose(value: typeof tool) {
  tool = value;
}

/** Just enough of a page: the summary, the row inputs (focus goes there), the result heading. */
function Probe({ query }: { query: string }) {
  const probe = useToolForm(CLIENT_CIDR_TOOL, query);
  const { submit, items, form, result, resultRef } = probe;
  useEffect(() => expose(probe));
  return (
    <form onSubmit={submit}>
      <ErrorSummary items={items} />
      {form.localNetworks.map((_, row) => (
        <input key={row} id={localNetworkId(row)} readOnly />
      ))}
      {result ? <h2 id="result-title" tabIndex={-1} ref={resultRef} /> : null}
    </form>
  );
}

function Page() {
  const query = useToolQuery();
  return <Probe key={query} query={query} />;
}

const root = toolTestRoot(['en']);
let router: ReturnType<typeof createMemoryRouter>;

async function open(url: string) {
  router = createMemoryRouter([{ path: '/:lang/tools/client-cidr', element: <Page /> }], {
    initialEntries: [url],
  });
  await act(async () => {
    root().render(<RouterProvider router={router} />);
    await Promise.resolve();
  });
}

const submitEvent = { preventDefault: () => undefined } as FormEvent;
/** Lets the timers of a render (the result's focus) run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

const FAQ =
  'platform=alibaba&client-cidr=192.168.0.0%2F24&connections=5&local-network=172.16.0.0%2F16&run=1';

describe('useToolForm', () => {
  it('starts from the query: no run, no result and no errors', async () => {
    await open('/en/tools/client-cidr?client-cidr=10.0.0.0%2F8');
    expect(tool.form.clientCidr).toBe('10.0.0.0/8');
    expect(tool.result).toBeUndefined();
    expect(tool.items).toEqual([]);
  });

  it('shows the verdict of a submitted query', async () => {
    await open(`/en/tools/client-cidr?${FAQ}`);
    expect(tool.result?.ok).toBe(true);
    expect(tool.result?.pool?.maxClients).toBe(64);
    expect(tool.submitted.clientCidr).toBe('192.168.0.0/24');
  });

  it('shows the errors of a submitted query with bad values', async () => {
    await open('/en/tools/client-cidr?platform=alibaba&client-cidr=10.0.0.0%2F33&run=1');
    expect(tool.result).toBeUndefined();
    expect(tool.errorsOf('cc-client-cidr')).toEqual([
      '10.0.0.0/33 is not a valid prefix length: use 0–32.',
    ]);
  });

  it('on a bad value: keeps what was typed, places the errors, focuses the summary', async () => {
    await open('/en/tools/client-cidr');
    act(() => {
      tool.set('platform', 'fjcloud');
      tool.set('clientCidr', '10.0.0.0/33');
      tool.set('connections', '50');
    });
    act(() => tool.submit(submitEvent));
    expect(tool.form).toMatchObject({
      platform: 'fjcloud',
      clientCidr: '10.0.0.0/33',
      connections: '50',
    });
    expect(tool.errorsOf('cc-client-cidr')).toEqual([
      '10.0.0.0/33 is not a valid prefix length: use 0–32.',
    ]);
    expect(tool.errorsOf('cc-connections')).toEqual([]);
    expect(tool.items.map((i) => i.fieldId)).toContain('cc-client-cidr');
    expect(document.activeElement?.className).toBe('error-summary');
    expect(router.state.location.search).toBe('');
  });

  it('names the field in the summary when the message does not', async () => {
    await open('/en/tools/client-cidr');
    act(() => tool.submit(submitEvent));
    expect(tool.errorsOf('cc-connections')).toEqual(['Enter a value.']);
    const item = tool.items.find((i) => i.fieldId === 'cc-connections');
    expect(item?.message).toMatch(/^.+: Enter a value\.$/);
    expect(tool.items.find((i) => i.fieldId === 'cc-platform-alibaba')).toBeDefined();
  });

  it('on good values: navigates to the query with the values, then shows and focuses the verdict', async () => {
    await open('/en/tools/client-cidr');
    act(() => {
      tool.set('platform', 'alibaba');
      tool.set('clientCidr', ' 192.168.0.0/24 ');
      tool.set('connections', '5');
      tool.rows('localNetworks', { max: 5, empty: '', rowId: localNetworkId }).update(0, () => {
        return '172.16.0.0/16';
      });
    });
    await act(async () => {
      tool.submit(submitEvent);
      await Promise.resolve();
    });
    await settle();
    expect(router.state.location.search).toBe(`?${FAQ}`);
    expect(tool.result?.ok).toBe(true);
    expect(tool.items).toEqual([]);
    expect(document.activeElement?.id).toBe('result-title');
  });

  it('hides the verdict once a changed form fails, and keeps the query', async () => {
    await open(`/en/tools/client-cidr?${FAQ}`);
    act(() => tool.set('connections', 'abc'));
    act(() => tool.submit(submitEvent));
    expect(tool.result).toBeUndefined();
    expect(tool.errorsOf('cc-connections')).toHaveLength(1);
    expect(router.state.location.search).toBe(`?${FAQ}`);
  });

  it('adds and removes rows up to the limit; focus follows the row', async () => {
    await open('/en/tools/client-cidr');
    const rows = () =>
      tool.rows('localNetworks', { max: MAX_LOCAL_NETWORKS, empty: '', rowId: localNetworkId });
    for (let i = 1; i < MAX_LOCAL_NETWORKS; i++) {
      act(() => rows().add());
      expect(document.activeElement?.id).toBe(localNetworkId(i));
    }
    expect(rows().atMax).toBe(true);
    act(() => rows().add());
    expect(tool.form.localNetworks).toHaveLength(MAX_LOCAL_NETWORKS);
    act(() => rows().update(2, () => '10.2.0.0/16'));
    act(() => rows().remove(1));
    expect(tool.form.localNetworks).toEqual(['', '10.2.0.0/16', '', '']);
    expect(document.activeElement?.id).toBe(localNetworkId(0));
  });

  it('gives the form kit a field from its table row', async () => {
    await open('/en/tools/client-cidr?connections=5');
    const row = tool.table.fields.find((f) => f.name === 'connections');
    if (row?.kind !== 'text') throw new Error('no connections row');
    const props = tool.fieldProps(row);
    expect(props.spec).toMatchObject({
      kind: 'text',
      id: 'cc-connections',
      name: 'connections',
      numeric: true,
      list: 'cc-connection-specs',
    });
    expect(props.value).toBe('5');
    act(() => props.onChange('7'));
    expect(tool.form.connections).toBe('7');
  });
});
