import { test, expect, type Page } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { expectNode, expectNoAxeViolations, main, pathsOf } from './support';

/**
 * Issue 19 item 3: the diagnosis follows the platform chosen. After "Alibaba Cloud VPN Gateway"
 * the firewall-blocked fix names no FJcloud-O step and offers no OpenStack command; after
 * FJcloud-O its firewall steps are there.
 */

const tree = findTree('cannot-connect')!;
const paths = pathsOf(tree).filter((p) => p.diagnosis === 'endpoint-blocked');

function urlFor(lang: 'en' | 'ja', platform: string): string {
  const path = paths.find((p) => p.answers.platform === platform);
  if (!path) throw new Error(`no endpoint-blocked path for ${platform}`);
  return `/${lang}/diagnose/cannot-connect?${encodeAnswers(path.answers)}`;
}

/** The text of every fix step, commands included. */
async function fixSteps(page: Page): Promise<string[]> {
  const steps = main(page).locator('.fix-steps > li');
  await expect(steps.first()).toBeVisible();
  return steps.allTextContents();
}

const OPENSTACK = /\bopenstack |\/v2\.0\//i;
const UDP_HONEST = {
  en: /^UDP cannot be tested from the client/,
  ja: /^UDPはクライアントからはテストできません/,
} as const;

for (const lang of ['en', 'ja'] as const) {
  test(`Alibaba Cloud: no FJcloud-O step and no OpenStack command (${lang})`, async ({ page }) => {
    await page.goto(urlFor(lang, 'alibaba'));
    await expectNode(page, 'endpoint-blocked', 'diagnosis');
    const steps = await fixSteps(page);
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.filter((s) => s.includes('FJcloud-O'))).toEqual([]);
    expect(steps.filter((s) => OPENSTACK.test(s))).toEqual([]);
    expect(steps.filter((s) => /自前の|own OpenVPN server/i.test(s))).toEqual([]);
    // Alibaba Cloud's own step is there, and no step carries a platform tag: the platform is known.
    expect(steps.some((s) => s.startsWith('Alibaba Cloud'))).toBe(true);
    expect(await main(page).locator('.fix-steps .os-tag', { hasText: 'FJcloud-O' }).count()).toBe(
      0,
    );
    await expect(main(page).locator('.fix-steps pre', { hasText: OPENSTACK })).toHaveCount(0);
    // Alibaba's default is 1194/udp: the port tests are TCP-only, so UDP gets an honest step
    // after them (no port test can tell open from dropped; try another network instead), and
    // no command pretends to test UDP.
    const udp = steps.findIndex((s) => UDP_HONEST[lang].test(s));
    expect(udp, 'the UDP step').toBeGreaterThan(-1);
    const tcpTests = steps.flatMap((s, i) => (/Test-NetConnection|\/dev\/tcp/.test(s) ? [i] : []));
    expect(tcpTests.length).toBeGreaterThan(0);
    expect(Math.max(...tcpTests)).toBeLessThan(udp);
    expect(steps[udp]).toMatch(lang === 'en' ? /another network/ : /別のネットワーク/);
    await expect(main(page).locator('.fix-steps pre', { hasText: /nc -u|-Udp\b/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test(`FJcloud-O: the firewall service and API steps are shown (${lang})`, async ({ page }) => {
    await page.goto(urlFor(lang, 'fjcloud'));
    await expectNode(page, 'endpoint-blocked', 'diagnosis');
    const steps = await fixSteps(page);
    const fw = lang === 'en' ? 'FJcloud-O firewall service' : 'FJcloud-Oのファイアウォールサービス';
    expect(steps.some((s) => s.startsWith(fw))).toBe(true);
    expect(
      steps.some((s) => s.startsWith('FJcloud-O') && s.includes('/v2.0/fw/firewall_rules')),
    ).toBe(true);
    // The FWaaS v1 body is a copyable command.
    await expect(main(page).locator('.fix-steps pre', { hasText: 'firewall_rule' })).toHaveCount(1);
    // No Alibaba Cloud instruction.
    expect(steps.filter((s) => /Alibaba Cloud ?[:：]/.test(s))).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test(`platform unknown: every step shows, tagged with its platform (${lang})`, async ({
    page,
  }) => {
    await page.goto(urlFor(lang, 'unsure'));
    await expectNode(page, 'endpoint-blocked', 'diagnosis');
    const steps = await fixSteps(page);
    expect(steps.some((s) => s.includes('FJcloud-O'))).toBe(true);
    expect(steps.some((s) => s.includes('Alibaba Cloud'))).toBe(true);
    // Each platform's step wears the platform's name as a tag.
    const tagged = main(page).locator('.fix-steps > li', {
      has: page.locator('.os-tag', { hasText: /^FJcloud-O$/ }),
    });
    expect(await tagged.count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page);
  });
}
