// @vitest-environment jsdom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FirewallRulesPage } from './firewall-rules-page';
import { toolTestRoot } from './tool-test-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A complete form whose second server is ICMP with a port (issue 17.5). */
const ICMP_PORT =
  'protocol=udp&internal-gateway=192.168.10.5&client-public=any&pool-cidr=10.8.0.0%2F24' +
  '&d1.address=192.168.10.20&d1.service=ssh' +
  '&d2.address=192.168.10.40&d2.service=custom&d2.protocol=icmp&d2.port=22';

const MESSAGE = {
  en: 'ICMP has no ports: leave the port empty, or choose tcp or udp if the service uses port 22.',
  ja: 'ICMPにはポート番号がありません。ポート番号を空欄にするか、サービスがポート22を使う場合はtcpまたはudpを選んでください。',
} as const;

const root = toolTestRoot(['en', 'ja']);

async function open(url: string) {
  const router = createMemoryRouter(
    [{ path: '/:lang/tools/firewall-rules', element: <FirewallRulesPage /> }],
    { initialEntries: [url] },
  );
  await act(async () => {
    root().render(<RouterProvider router={router} />);
    await Promise.resolve();
  });
  return router;
}

const $ = (id: string) => document.getElementById(id);

/** Types `value` into input `id` the way React sees typing. */
function type(id: string, value: string) {
  const input = $(id) as HTMLInputElement;
  act(() => {
    input.focus();
    // The prototype's setter, past React's own tracker of the value.
    Reflect.set(HTMLInputElement.prototype, 'value', value, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const submit = () =>
  act(() => {
    (document.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  });

describe('firewall page: ICMP with a port is refused at the port input (issue 17.5)', () => {
  it.each(['en', 'ja'] as const)(
    'a submitted link: the port input is drawn with the error, the summary links to it (%s)',
    async (lang) => {
      await open(`/${lang}/tools/firewall-rules?${ICMP_PORT}&run=1`);
      const port = $('fw-dest-1-port') as HTMLInputElement | null;
      expect(port?.value).toBe('22');
      expect(port?.getAttribute('aria-invalid')).toBe('true');
      expect($('fw-dest-1-port-error')?.textContent).toContain(MESSAGE[lang]);
      const link = document.querySelector<HTMLAnchorElement>('.error-summary a');
      expect(link?.getAttribute('href')).toBe('#fw-dest-1-port');
      expect(link?.textContent).toContain(MESSAGE[lang]);
      act(() => link?.click());
      expect(document.activeElement).toBe(port);
    },
  );

  it('emptied after the refusal: stays with its error until the next submit hides both', async () => {
    const router = await open(`/en/tools/firewall-rules?${ICMP_PORT}&run=1`);
    type('fw-dest-1-port', '');
    expect($('fw-dest-1-port')).not.toBeNull();
    expect($('fw-dest-1-port-error')?.textContent).toContain(MESSAGE.en);
    submit();
    await act(() => Promise.resolve());
    expect(router.state.location.search).not.toContain('d2.port');
    expect($('fw-dest-1-port')).toBeNull();
    expect(document.querySelector('.error-summary')).toBeNull();
    expect($('result-title')).not.toBeNull();
  });

  it('a port typed before choosing ICMP stays in sight and is refused there', async () => {
    await open(`/en/tools/firewall-rules?${ICMP_PORT.replace('protocol=icmp', 'protocol=tcp')}`);
    const protocol = $('fw-dest-1-protocol') as HTMLSelectElement;
    act(() => {
      protocol.value = 'icmp';
      protocol.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(($('fw-dest-1-port') as HTMLInputElement | null)?.value).toBe('22');
    submit();
    expect($('fw-dest-1-port-error')?.textContent).toContain(MESSAGE.en);
  });

  it('without an error shown, an emptied ICMP port goes at once; focus moves to the protocol', async () => {
    await open(`/en/tools/firewall-rules?${ICMP_PORT}`);
    expect($('fw-dest-1-port')).not.toBeNull();
    expect($('fw-dest-1-port-error')).toBeNull();
    type('fw-dest-1-port', '');
    expect($('fw-dest-1-port')).toBeNull();
    expect(document.activeElement).toBe($('fw-dest-1-protocol'));
  });
});
