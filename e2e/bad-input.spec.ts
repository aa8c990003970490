import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { encodeAnswers, type Answers } from '../src/engine';
import { expectNode, main } from './support';

/**
 * Bad input in the wizard's compute steps (cannot-connect: `pool-capacity`, `lan-conflict`):
 * empty, too long, the wrong type, IPv6 where IPv4 is needed, control characters. Each is
 * rejected at its field with the message of the network layer, the other values are kept, and
 * the walk does not move on. The same values arriving in a link stop the replay at the step.
 */

type Lang = 'en' | 'ja';
const messages = Object.fromEntries(
  (['en', 'ja'] as const).map((lang) => [
    lang,
    (
      JSON.parse(
        fs.readFileSync(new URL(`../locales/${lang}/tools.json`, import.meta.url), 'utf8'),
      ) as { messages: Record<string, string> }
    ).messages,
  ]),
) as Record<Lang, Record<string, string>>;

/** The message for a code, as the page shows it (i18next `{{x}}` interpolation). */
function message(lang: Lang, code: string, params: Record<string, string | number> = {}) {
  const text = messages[lang][code];
  if (!text) throw new Error(`no message ${code}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? `{{${k}}}`));
}

const beforePool: Answers = {
  platform: 'alibaba',
  'log-message': 'no-log',
  'config-matches': 'pass',
  'other-network': 'fails-too',
  'firewall-in-path': 'pass',
  'server-log': 'other',
  'connection-count': 'unsure',
};
const beforeLan: Answers = {
  ...beforePool,
  'pool-capacity': { 'client-cidr': '10.8.0.0/22', connections: '20' },
};

interface Case {
  readonly name: string;
  /** Field id → value typed. */
  readonly values: Readonly<Record<string, string>>;
  /** Field id → expected message code (and params). */
  readonly errors: Readonly<Record<string, readonly [string, Record<string, string | number>?]>>;
}

const C0 = '\u0007';
const BIDI = '\u202e';

const steps: Record<
  'pool-capacity' | 'lan-conflict',
  { before: Answers; good: Record<string, string>; cases: Case[] }
> = {
  'pool-capacity': {
    before: beforePool,
    good: { 'client-cidr': '10.8.0.0/22', connections: '20' },
    cases: [
      {
        name: 'empty block',
        values: { 'client-cidr': '' },
        errors: { 'client-cidr': ['cidr-empty'] },
      },
      {
        name: 'blank (spaces only) block',
        values: { 'client-cidr': '   ' },
        errors: { 'client-cidr': ['cidr-empty'] },
      },
      {
        name: 'empty connections',
        values: { connections: '' },
        errors: { connections: ['required'] },
      },
      {
        name: 'both empty',
        values: { 'client-cidr': '', connections: '' },
        errors: { 'client-cidr': ['cidr-empty'], connections: ['required'] },
      },
      {
        name: 'too long block',
        values: { 'client-cidr': `10.0.0.0/24${' '.repeat(120)}x` },
        errors: { 'client-cidr': ['too-long', { max: 100 }] },
      },
      {
        name: 'too long connections',
        values: { connections: '1'.repeat(101) },
        errors: { connections: ['too-long', { max: 100 }] },
      },
      {
        name: 'words for the block',
        values: { 'client-cidr': 'ten.zero/24' },
        errors: { 'client-cidr': ['cidr-bad-address', { value: 'ten.zero' }] },
      },
      {
        name: 'an address without prefix',
        values: { 'client-cidr': '10.0.0.0' },
        errors: { 'client-cidr': ['cidr-not-cidr', { value: '10.0.0.0' }] },
      },
      {
        name: 'words for the connections',
        values: { connections: 'twenty' },
        errors: { connections: ['integer-range', { min: 1, max: 100000 }] },
      },
      {
        name: 'negative connections',
        values: { connections: '-5' },
        errors: { connections: ['integer-range', { min: 1, max: 100000 }] },
      },
      {
        name: 'IPv6 block',
        values: { 'client-cidr': 'fd00::/64' },
        errors: { 'client-cidr': ['cidr-ipv6'] },
      },
      {
        name: 'IPv4-mapped IPv6 block',
        values: { 'client-cidr': '::ffff:10.0.0.0/120' },
        errors: { 'client-cidr': ['cidr-ipv6'] },
      },
      {
        name: 'control character in the block',
        values: { 'client-cidr': `10.0.0.0/24${C0}` },
        errors: { 'client-cidr': ['control-chars'] },
      },
      {
        name: 'bidi override in the connections',
        values: { connections: `${BIDI}20` },
        errors: { connections: ['control-chars'] },
      },
    ],
  },
  'lan-conflict': {
    before: beforeLan,
    good: { 'client-lan': '192.168.1.0/24', 'local-networks': '172.16.0.0/16' },
    cases: [
      { name: 'empty LAN', values: { 'client-lan': '' }, errors: { 'client-lan': ['cidr-empty'] } },
      {
        name: 'empty local networks',
        values: { 'local-networks': '' },
        errors: { 'local-networks': ['cidr-empty'] },
      },
      {
        name: 'too long LAN',
        values: { 'client-lan': '1'.repeat(150) },
        errors: { 'client-lan': ['too-long', { max: 100 }] },
      },
      {
        name: 'too long list of local networks',
        values: { 'local-networks': `${'172.16.0.0/16 '.repeat(400)}` },
        errors: { 'local-networks': ['too-long', { max: 5000 }] },
      },
      {
        name: 'too many local networks',
        values: {
          'local-networks':
            '10.0.0.0/16, 10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16, 10.4.0.0/16, 10.5.0.0/16',
        },
        errors: { 'local-networks': ['too-many', { max: 5 }] },
      },
      {
        name: 'a word for the LAN',
        values: { 'client-lan': 'home' },
        errors: { 'client-lan': ['cidr-not-cidr', { value: 'home' }] },
      },
      {
        name: 'IPv6 LAN',
        values: { 'client-lan': 'fe80::/64' },
        errors: { 'client-lan': ['cidr-ipv6'] },
      },
      {
        name: 'IPv6 among the local networks',
        values: { 'local-networks': '172.16.0.0/16\n2001:db8::/32' },
        errors: { 'local-networks': ['cidr-ipv6'] },
      },
      {
        name: 'control character in the local networks',
        values: { 'local-networks': `172.16.0.0/16${C0}` },
        errors: { 'local-networks': ['control-chars'] },
      },
    ],
  },
};

async function fieldValues(page: Page, nodeId: string, fields: readonly string[]) {
  const out: Record<string, string> = {};
  for (const f of fields) out[f] = await page.locator(`#${nodeId}-${f}`).inputValue();
  return out;
}

for (const [nodeId, { before, good, cases }] of Object.entries(steps)) {
  test.describe(`${nodeId}: bad input is rejected at the field`, () => {
    for (const c of cases) {
      test(c.name, async ({ page }) => {
        await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(before)}`);
        await expectNode(page, nodeId, 'compute');
        const url = page.url();
        const values = { ...good, ...c.values };
        for (const [f, v] of Object.entries(values)) await page.locator(`#${nodeId}-${f}`).fill(v);
        await page.getByRole('button', { name: 'Continue', exact: true }).click();

        const summary = page.getByRole('alert');
        await expect(summary).toBeFocused();
        for (const [f, [code, params]] of Object.entries(c.errors)) {
          const text = message('en', code, params);
          await expect(summary, `${f}: ${code}`).toContainText(text);
          await expect(page.locator(`#${nodeId}-${f}`)).toHaveAttribute('aria-invalid', 'true');
          await expect(page.locator(`#${nodeId}-${f}-error`)).toContainText(text);
        }
        for (const f of Object.keys(good)) {
          if (!(f in c.errors))
            await expect(page.locator(`#${nodeId}-${f}`)).not.toHaveAttribute(
              'aria-invalid',
              'true',
            );
        }
        // Nothing moved: same step, same URL, the typed values are all still there.
        await expectNode(page, nodeId, 'compute');
        expect(page.url()).toBe(url);
        const kept = await fieldValues(page, nodeId, Object.keys(good));
        for (const [f, v] of Object.entries(values)) {
          // Inputs drop line breaks (HTML value sanitisation); textareas keep them.
          expect(kept[f]).toBe(f === 'local-networks' ? v : v.replace(/[\r\n]/g, ''));
        }
        // Fixing the values moves on.
        for (const [f, v] of Object.entries(good)) await page.locator(`#${nodeId}-${f}`).fill(v);
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await expect(main(page)).not.toHaveAttribute('data-node-id', nodeId);
      });
    }

    test('the same bad values in a link stop the walk at the step with a notice', async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const c of cases) {
        const input = Object.fromEntries(
          Object.entries({ ...good, ...c.values }).filter(([, v]) => v !== ''),
        );
        // With every field empty the link holds no answer for the step: nothing to reject.
        if (Object.keys(input).length === 0) continue;
        const query = `${encodeAnswers(before)}&${new URLSearchParams(
          Object.entries(input).map(([f, v]) => [`${nodeId}.${f}`, v]),
        ).toString()}`;
        await page.goto(`/en/diagnose/cannot-connect?${query}`);
        await expectNode(page, nodeId, 'compute');
        await expect(
          page.getByText('An answer saved in this link could not be used'),
        ).toBeVisible();
      }
      expect(errors).toEqual([]);
    });
  });
}

test('the messages are in the page language (ja)', async ({ page }) => {
  await page.goto(`/ja/diagnose/cannot-connect?${encodeAnswers(beforePool)}`);
  await expectNode(page, 'pool-capacity', 'compute');
  await page.locator('#pool-capacity-client-cidr').fill('fd00::/64');
  await page.locator('#pool-capacity-connections').fill('abc');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(message('ja', 'cidr-ipv6'));
  await expect(summary).toContainText(message('ja', 'integer-range', { min: 1, max: 100000 }));
});

test('other wrong numbers for the connection limit', async ({ page }) => {
  await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(beforePool)}`);
  await expectNode(page, 'pool-capacity', 'compute');
  await page.locator('#pool-capacity-client-cidr').fill('10.8.0.0/22');
  for (const bad of ['0', '1.5', '1e3', '100001', '0x10', '２０.５']) {
    await page.locator('#pool-capacity-connections').fill(bad);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert'), bad).toContainText(
      message('en', 'integer-range', { min: 1, max: 100000 }),
    );
    await expectNode(page, 'pool-capacity', 'compute');
  }
});
