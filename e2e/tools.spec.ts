import { test, expect, type Page } from '@playwright/test';
import { expectNode, expectNoAxeViolations, main } from './support';

/** The client CIDR checker's FAQ example, as a shared link. */
const FAQ_QUERY =
  'platform=alibaba&client-cidr=192.168.0.0%2F24&connections=5&local-network=172.16.0.0%2F16&run=1';
/** A firewall plan with two servers, as a shared link. */
const FW_QUERY =
  'protocol=udp&internal-gateway=192.168.10.5&client-public=any&pool-cidr=10.8.0.0%2F24&firewall-before=no' +
  '&d1.address=192.168.10.20&d1.service=ssh&d2.address=192.168.10.30&d2.service=custom&d2.protocol=tcp&d2.port=8000%3A8080&run=1';

/** FJcloud-O has FWaaS v1 only: the CLI block holds the security-group rules, the firewall rules
 * go out as v1 API bodies and curl (no `openstack firewall group`, which is FWaaS v2). */
const FW_CLI = [
  'openstack security group rule create --ingress --ethertype IPv4 --protocol udp --dst-port 1194:1194 --remote-ip 0.0.0.0/0 SECURITY_GROUP_ID',
  'openstack security group rule create --egress --ethertype IPv4 --protocol tcp --dst-port 22:22 --remote-ip 192.168.10.20/32 SECURITY_GROUP_ID',
  'openstack security group rule create --egress --ethertype IPv4 --protocol tcp --dst-port 8000:8080 --remote-ip 192.168.10.30/32 SECURITY_GROUP_ID',
].join('\n');

const words = {
  en: {
    check: 'Check the client CIDR block',
    build: 'Build the rules',
    pass: 'Pass',
    fail: 'Fail',
    clients64: '64 clients',
    prefix33: '10.0.0.0/33 is not a valid prefix length: use 0–32.',
    ipv6: 'IPv4 only on this gateway',
    summary: 'There is a problem',
    addServer: 'Add another server',
    copied: 'Copied to the clipboard.',
  },
  ja: {
    check: 'クライアントCIDRブロックを確認する',
    build: 'ルールを作成する',
    pass: 'OK',
    fail: 'NG',
    clients64: '64台',
    prefix33: '10.0.0.0/33のプレフィックス長は無効です。0〜32の範囲で指定してください。',
    ipv6: 'このゲートウェイはIPv4のみに対応しています',
    summary: '入力内容に問題があります',
    addServer: 'サーバーを追加',
    copied: 'クリップボードにコピーしました。',
  },
} as const;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const lang of ['en', 'ja'] as const) {
  const w = words[lang];

  test(`client CIDR: the FAQ example passes with 64 clients, and reload keeps it (${lang})`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto(`/${lang}/tools/client-cidr`);
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('#cc-platform-alibaba').check();
    await page.locator('#cc-client-cidr').fill('192.168.0.0/24');
    await page.locator('#cc-connections').fill('5');
    await page.locator('#cc-local-network-0').fill('172.16.0.0/16');
    await page.getByRole('button', { name: w.check }).click();

    await expect(page).toHaveURL(/run=1/);
    const result = page.locator('.tool-result');
    await expect(result).toHaveAttribute('data-status', 'pass');
    await expect(page.getByTestId('overall')).toContainText(w.pass);
    await expect(page.getByTestId('max-clients')).toContainText(w.clients64);
    await expect(page.locator('#result-title')).toBeFocused();
    await expect(page.getByTestId('verdicts').locator('.status-item-fail')).toHaveCount(0);
    await expect(page.getByTestId('verdicts').locator('.status-item-pass').first()).toContainText(
      w.pass,
    );

    const url = page.url();
    await page.reload();
    await expect(page.getByTestId('max-clients')).toContainText(w.clients64);
    await expect(page.locator('#cc-client-cidr')).toHaveValue('192.168.0.0/24');
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });

  test(`client CIDR: bad values get messages at the fields and the others are kept (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/tools/client-cidr`);
    await page.locator('#cc-platform-fjcloud').check();
    await page.locator('#cc-client-cidr').fill('10.0.0.0/33');
    await page.locator('#cc-connections').fill('50');
    await page.locator('#cc-local-network-0').fill('172.16.0.0/16');
    await page.locator('#cc-client-lans').fill('fd00::/64');
    await page.locator('#cc-client-cidr').press('Enter');

    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(w.summary);
    await expect(summary).toContainText(w.prefix33);
    await expect(summary).toContainText(w.ipv6);
    await expect(page.locator('#cc-client-cidr-error')).toContainText(w.prefix33);
    await expect(page.locator('#cc-client-lans-error')).toContainText(w.ipv6);
    await expect(page.locator('#cc-client-cidr')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#cc-client-cidr')).toHaveAttribute(
      'aria-describedby',
      /cc-client-cidr-error/,
    );
    await expect(page.locator('#cc-connections')).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('#cc-connections')).toHaveValue('50');
    await expect(page.locator('#cc-local-network-0')).toHaveValue('172.16.0.0/16');
    await expect(page.locator('#cc-platform-fjcloud')).toBeChecked();
    await expect(page).not.toHaveURL(/run=1/);
    await expect(page.locator('.tool-result')).toHaveCount(0);

    await summary.getByRole('link', { name: w.prefix33 }).click();
    await expect(page.locator('#cc-client-cidr')).toBeFocused();

    // Fixing the values shows the verdict.
    await page.locator('#cc-client-cidr').fill('10.8.0.0/29');
    await page.locator('#cc-client-lans').fill('192.168.1.0/24');
    await page.getByRole('button', { name: w.check }).click();
    await expect(page.locator('.tool-result')).toHaveAttribute('data-status', 'fail');
    await expect(page.getByTestId('overall')).toContainText(w.fail);
    await expect(page.getByTestId('suggestion')).toContainText('/24');
  });
}

test('client CIDR: local network rows are added, removed and checked one by one', async ({
  page,
}) => {
  await page.goto('/en/tools/client-cidr');
  await page.locator('#cc-platform-alibaba').check();
  await page.locator('#cc-client-cidr').fill('10.0.0.0/24');
  await page.locator('#cc-connections').fill('10');
  await page.locator('#cc-local-network-0').fill('172.16.0.0/16');
  const add = page.getByRole('button', { name: 'Add another local network' });
  for (let i = 1; i < 5; i++) {
    await add.click();
    await expect(page.locator(`#cc-local-network-${i}`)).toBeFocused();
  }
  await expect(add).toHaveCount(0);
  await page.locator('#cc-local-network-1').fill('10.0.0.0/16');
  await page.locator('#cc-local-network-2').fill('300.0.0.0/8');
  await page.getByRole('button', { name: 'Remove Local network 5' }).click();
  await expect(page.locator('#cc-local-network-3')).toBeFocused();
  await expect(page.locator('#cc-local-network-4')).toHaveCount(0);
  await page.getByRole('button', { name: 'Check the client CIDR block' }).click();
  await expect(page.locator('#cc-local-network-2-error')).toContainText(
    '“300.0.0.0” is not an IPv4 address',
  );
  await page.locator('#cc-local-network-2').fill('192.168.50.0/24');
  await page.getByRole('button', { name: 'Check the client CIDR block' }).click();
  await expect(page.locator('.tool-result')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('verdicts')).toContainText(
    'The client CIDR block 10.0.0.0/24 overlaps the local network 10.0.0.0/16',
  );
  await expect(page).toHaveURL(/local-network=192.168.50.0%2F24/);
  // Back replays the previous state (no result), forward the verdict.
  await page.goBack();
  await expect(page.locator('.tool-result')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('.tool-result')).toHaveAttribute('data-status', 'fail');
});

test('client CIDR: a shared link reproduces the verdict in a new browser context', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/ja/tools/client-cidr?${FAQ_QUERY}`);
  await expect(page.getByTestId('max-clients')).toContainText('64台');
  await expect(page.locator('#cc-platform-alibaba')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByTestId('max-clients')).toContainText('64 clients');
  await context.close();
});

for (const lang of ['en', 'ja'] as const) {
  const w = words[lang];

  test(`firewall: builds the rules and exports with the exact CLI commands (${lang})`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/tools/firewall-rules`);
    await page.locator('#fw-protocol-udp').check();
    await page.locator('#fw-internal-gateway').fill('192.168.10.5');
    await expect(page.locator('#fw-client-public')).toHaveValue('any');
    await page.locator('#fw-pool-cidr').fill('10.8.0.0/24');
    await page.locator('#fw-firewall-before-no').check();
    await page.locator('#fw-dest-0-address').fill('192.168.10.20');
    await expect(page.locator('#fw-dest-0-service')).toHaveValue('ssh');
    await page.getByRole('button', { name: w.addServer }).click();
    await expect(page.locator('#fw-dest-1-address')).toBeFocused();
    await page.locator('#fw-dest-1-address').fill('192.168.10.30');
    await page.locator('#fw-dest-1-service').selectOption('custom');
    await page.locator('#fw-dest-1-protocol').selectOption('tcp');
    await page.locator('#fw-dest-1-port').fill('8000:8080');
    await page.getByRole('button', { name: w.build }).click();

    await expect(page).toHaveURL(/run=1/);
    await expect(page.locator('#result-title')).toBeFocused();
    await expect(page.getByTestId('export-cli').locator('code')).toHaveText(FW_CLI);
    await expect(page.getByTestId('export-firewall-api').locator('code')).toContainText(
      '"destination_port": "8000:8080"',
    );
    await expect(page.getByTestId('export-sg-api').locator('code')).toContainText(
      '"remote_ip_prefix": "192.168.10.20/32"',
    );
    await expect(page.getByTestId('export-firewall-curl').locator('code')).toContainText(
      '/v2.0/fw/firewall_rules',
    );
    await expect(page.getByTestId('export-cli').locator('code')).not.toContainText(
      'openstack firewall group',
    );
    await expect(page.getByTestId('export-table').locator('code')).toContainText(
      'sslvpn-to-server-2-tcp-8000-8080\t\ttcp\t10.8.0.0/24\t192.168.10.30\t8000:8080\tallow',
    );
    await expect(page.locator('#fw-service-table tbody tr')).toHaveCount(2);
    await expect(page.locator('#fw-sg-table tbody tr')).toHaveCount(3);

    const cli = page.getByTestId('export-cli');
    await cli.getByRole('button').click();
    await expect(cli.getByRole('status')).toHaveText(w.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FW_CLI);

    await page.reload();
    await expect(page.getByTestId('export-cli').locator('code')).toHaveText(FW_CLI);
    await expect(page.locator('#fw-dest-1-port')).toHaveValue('8000:8080');
  });

  test(`firewall: bad values get messages at the fields and the others are kept (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/tools/firewall-rules`);
    await page.locator('#fw-protocol-tcp').check();
    await page.locator('#fw-internal-gateway').fill('10.0.0.0/24');
    await page.locator('#fw-client-public').fill('2001:db8::1');
    await page.locator('#fw-pool-cidr').fill('10.8.0.0/33');
    await page.locator('#fw-dest-0-address').fill('192.168.10.20');
    await page.locator('#fw-dest-0-service').selectOption('custom');
    await page.locator('#fw-dest-0-port').fill('70000');
    await page.getByRole('button', { name: w.build }).click();

    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(4);
    await expect(page.locator('#fw-pool-cidr-error')).toContainText(
      w.prefix33.replace('10.0.0.0', '10.8.0.0'),
    );
    await expect(page.locator('#fw-client-public-error')).toContainText(w.ipv6);
    await expect(page.locator('#fw-internal-gateway')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#fw-dest-0-port')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#fw-dest-0-address')).toHaveValue('192.168.10.20');
    await expect(page.locator('#fw-dest-0-address')).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('#fw-protocol-tcp')).toBeChecked();
    await expect(page.locator('.tool-result')).toHaveCount(0);
    await summary.getByRole('link').last().click();
    await expect(page.locator('#fw-dest-0-port')).toBeFocused();
  });
}

test('firewall: a server row is removed, and the auto-added rule A is left out of the exports', async ({
  page,
}) => {
  await page.goto(
    `/en/tools/firewall-rules?${FW_QUERY.replace('firewall-before=no', 'firewall-before=yes')}`,
  );
  await expect(page.getByTestId('endpoint-status')).toContainText('added automatically');
  await expect(page.getByTestId('export-firewall-curl').locator('code')).not.toContainText(
    'sslvpn-endpoint-udp-1194',
  );
  await page.getByRole('button', { name: 'Remove Server 2' }).click();
  await expect(page.locator('#fw-dest-0-address')).toBeFocused();
  await expect(page.locator('#fw-dest-1-address')).toHaveCount(0);
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page).not.toHaveURL(/d2\./);
  await expect(page.locator('#fw-service-table tbody tr')).toHaveCount(1);
});

test('firewall: each platform gets the API it has, under a heading that names it', async ({
  page,
}) => {
  // No platform chosen: FJcloud-O, FWaaS v1 bodies and curl, the zone note, no v2 commands.
  await page.goto(`/en/tools/firewall-rules?${FW_QUERY}`);
  await expect(page.getByTestId('export-api')).toHaveAttribute('data-api', 'fwaas-v1');
  await expect(page.getByTestId('export-api')).toContainText('FWaaS v1');
  await expect(page.getByTestId('export-firewall-curl')).toBeVisible();
  await expect(page.getByTestId('export-sg-curl').locator('code')).toContainText(
    '/v2.0/security-group-rules',
  );
  for (const block of ['export-cli', 'export-firewall-api', 'export-firewall-curl']) {
    await expect(page.getByTestId(block).locator('code')).not.toContainText('firewall group');
  }

  // The availability zone goes into FJcloud-O's rule bodies and into the URL.
  await page.locator('#fw-availability-zone').fill('jp-east-3a');
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page).toHaveURL(/availability-zone=jp-east-3a/);
  await expect(page.getByTestId('export-firewall-api').locator('code')).toContainText(
    '"availability_zone": "jp-east-3a"',
  );

  // Own OpenVPN server on OpenStack: FWaaS v2 CLI on its own port; the zone field is refused.
  await page.locator('#fw-platform-openvpn').check();
  await page.locator('#fw-endpoint-port').fill('1195');
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page.locator('#fw-availability-zone-error')).toContainText('FWaaS v2 has none');
  await page.locator('#fw-availability-zone').fill('');
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page).toHaveURL(/platform=openvpn/);
  await expect(page).toHaveURL(/endpoint-port=1195/);
  await expect(page.getByTestId('export-api')).toHaveAttribute('data-api', 'fwaas-v2');
  await expect(page.getByTestId('export-cli').locator('code')).toContainText(
    'openstack firewall group rule create --name sslvpn-endpoint-udp-1195',
  );
  await expect(page.getByTestId('export-firewall-curl')).toHaveCount(0);
  await expect(page.locator('#fw-availability-zone')).toHaveCount(0);

  // Alibaba Cloud has no OpenStack firewall service: said at the platform field.
  await page.locator('#fw-platform-alibaba').check();
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page.locator('#fw-platform-error')).toContainText('no OpenStack firewall service');
  await page.getByRole('alert').getByRole('link').first().click();
  await expect(page.locator('#fw-platform-alibaba')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('firewall: an address typed with host bits is never widened without a choice', async ({
  page,
}) => {
  const query = FW_QUERY.replace('d1.address=192.168.10.20', 'd1.address=192.168.20.37%2F24');
  await page.goto(`/en/tools/firewall-rules?${query}`);
  const host = page.locator('#fw-dest-0-host-bits-host');
  await expect(host).toBeChecked();
  await expect(page.locator('#fw-service-table')).toContainText('192.168.20.37');
  await expect(page.getByTestId('notes')).toContainText('has host bits set');
  await page.locator('#fw-dest-0-host-bits-block').check();
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page).toHaveURL(/d1\.host-bits=block/);
  await expect(page.locator('#fw-service-table')).toContainText('192.168.20.0/24');
  await expect(page.getByTestId('export-sg-api').locator('code')).toContainText(
    '"remote_ip_prefix": "192.168.20.0/24"',
  );
  // Reload replays the choice; the client's public block has its own choice.
  await page.reload();
  await expect(page.locator('#fw-dest-0-host-bits-block')).toBeChecked();
  await page.locator('#fw-client-public').fill('203.0.113.9/24');
  await expect(page.locator('#fw-client-public-host-bits-host')).toBeChecked();
  await page.locator('#fw-client-public-host-bits-block').check();
  await page.getByRole('button', { name: 'Build the rules' }).click();
  await expect(page).toHaveURL(/client-public-host-bits=block/);
  await expectNoAxeViolations(page);
});

/** Issue 17.5: ICMP with a port is refused at the port input, which stays drawn while it holds one. */
const ICMP_PORT_QUERY = FW_QUERY.replace(
  'd2.protocol=tcp&d2.port=8000%3A8080',
  'd2.protocol=icmp&d2.port=22',
);
const icmpPort = {
  en: 'ICMP has no ports: leave the port empty, or choose tcp or udp if the service uses port 22.',
  ja: 'ICMPにはポート番号がありません。ポート番号を空欄にするか、サービスがポート22を使う場合はtcpまたはudpを選んでください。',
} as const;

for (const lang of ['en', 'ja'] as const) {
  test(`firewall: ICMP with a port is refused at the visible port field, never dropped (${lang})`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto(`/${lang}/tools/firewall-rules?${ICMP_PORT_QUERY}`);
    const port = page.locator('#fw-dest-1-port');
    await expect(port).toBeVisible();
    await expect(port).toHaveValue('22');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#fw-dest-1-port-error')).toContainText(icmpPort[lang]);
    await expect(page.locator('#fw-service-table')).toHaveCount(0);
    // The address keeps what was typed; the summary's link goes to the port field.
    await expect(page).toHaveURL(/d2\.protocol=icmp&d2\.port=22/);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(words[lang].summary);
    await alert.getByRole('link', { name: icmpPort[lang] }).click();
    await expect(port).toBeFocused();
    await expectNoAxeViolations(page);

    // Emptied, the field keeps its error until the next submit, which builds without it.
    await port.fill('');
    await expect(port).toBeVisible();
    await page.getByRole('button', { name: words[lang].build }).click();
    await expect(page).not.toHaveURL(/d2\.port/);
    await expect(page).toHaveURL(/d2\.protocol=icmp/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(port).toHaveCount(0);
    await expect(page.locator('#fw-dest-1-port-error')).toHaveCount(0);
    await expect(page.locator('#fw-service-table tbody tr')).toHaveCount(2);
    await expect(page.locator('#fw-service-table')).toContainText('icmp');
    expect(errors).toEqual([]);
  });
}

test('firewall: ja words for the platform, zone and host-bits fields', async ({ page }) => {
  const query = FW_QUERY.replace('d1.address=192.168.10.20', 'd1.address=192.168.20.37%2F24');
  await page.goto(`/ja/tools/firewall-rules?${query}`);
  await expect(page.locator('main')).toContainText('SSL-VPNを提供している環境');
  await expect(page.locator('main')).toContainText('仮想ルーターのアベイラビリティゾーン');
  await expect(page.locator('main')).toContainText('アドレス192.168.20.37/32だけ');
  await expect(page.getByTestId('export-api')).toContainText('ファイアウォールAPI');
  await expectNoAxeViolations(page);
});

test('firewall: the wizard’s link carries the walk’s platform', async ({ page }) => {
  await page.goto(
    '/en/diagnose/firewall-blocking?platform=openvpn&stage=service-fails&service-firewall=yes' +
      '&service-rule.pool-cidr=10.8.0.0%2F24&service-rule.service-port=22',
  );
  await expectNode(page, 'post-tunnel-rule-missing', 'diagnosis');
  const link = page.locator('.tool-link[data-tool="firewall-rules"] a').first();
  await expect(link).toHaveAttribute('href', /platform=openvpn/);
  await link.click();
  await expect(page.locator('#fw-platform-openvpn')).toBeChecked();
  await expect(page.locator('#fw-pool-cidr')).toHaveValue('10.8.0.0/24');
});

test('hostile and junk query strings never crash the tools', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const queries = [
    '?platform=%E0%A4%A&client-cidr=<script>alert(1)</script>&run=1',
    '?__proto__=x&constructor=y&run=1',
    `?client-cidr=${'9'.repeat(5000)}&connections=${'1'.repeat(3000)}&run=1`,
    '?client-cidr=%00%01%02&local-network=%E2%80%AE10.0.0.0/8&connections=-1&run=1',
    '?platform=alibaba&client-cidr=fd00::/8&connections=5&local-network=::1/128&run=1',
    '?d0.address=x&d99.port=1&d1.service=evil&d1.protocol=gre&protocol=icmp&run=1',
    '?d1.address=10.0.0.1&d1.service=custom&d1.port=99999&internal-gateway=%F0%9F%92%A5&run=1',
    '?run=1',
    '?run=1&run=0&d1.address[]=1',
  ];
  for (const path of ['client-cidr', 'firewall-rules']) {
    for (const q of queries) {
      await page.goto(`/en/tools/${path}${q}`);
      await expect(main(page)).toHaveAttribute('data-page', `tool-${path}`);
      await expect(page.locator('h1')).not.toBeEmpty();
    }
  }
  await page.goto('/en/tools/client-cidr?platform=alibaba&client-cidr=10.0.0.0%2F33&run=1');
  await expect(page.getByRole('alert')).toContainText(words.en.prefix33);
  expect(errors).toEqual([]);
});

test('the start page links to both tools', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Client CIDR checker' }).click();
  await expect(main(page)).toHaveAttribute('data-page', 'tool-client-cidr');
  await page.goto('/ja/');
  await page.getByRole('link', { name: 'ファイアウォールとセキュリティグループのルール' }).click();
  await expect(main(page)).toHaveAttribute('data-page', 'tool-firewall-rules');
});

test('a compute step routes a deep link to its diagnosis, which links to the tool pre-filled', async ({
  page,
}) => {
  await page.goto(
    '/en/diagnose/cannot-connect?platform=alibaba&log-message=no-log&config-matches=pass&other-network=fails-too&firewall-in-path=pass&server-log=other&connection-count=unsure&pool-capacity.client-cidr=192.168.0.0%2F29&pool-capacity.connections=5',
  );
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page.locator('.your-answers')).toContainText('enough for 2 clients');
  await page.getByRole('link', { name: 'Open the client CIDR checker with these values' }).click();
  await expect(main(page)).toHaveAttribute('data-page', 'tool-client-cidr');
  await expect(page.locator('#cc-platform-alibaba')).toBeChecked();
  await expect(page.locator('#cc-client-cidr')).toHaveValue('192.168.0.0/29');
  await expect(page.locator('#cc-connections')).toHaveValue('5');
  await page.locator('#cc-local-network-0').fill('172.16.0.0/16');
  await page.getByRole('button', { name: 'Check the client CIDR block' }).click();
  await expect(page.locator('.tool-result')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('max-clients')).toContainText('2 clients');
  await expect(page.getByTestId('verdicts')).toContainText('Use a /27 or a larger block');
});

test('the same compute step in Japanese shows the tools’ messages for bad input', async ({
  page,
}) => {
  await page.goto(
    '/ja/diagnose/cannot-connect?platform=alibaba&log-message=no-log&config-matches=pass&other-network=fails-too&firewall-in-path=pass&server-log=other&connection-count=unsure',
  );
  await expectNode(page, 'pool-capacity', 'compute');
  await page.locator('#pool-capacity-client-cidr').fill('fd00::/64');
  await page.locator('#pool-capacity-connections').fill('5');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(words.ja.ipv6);
});

test('no horizontal scroll at 320px on either tool with results', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const url of [
    `/ja/tools/client-cidr?${FAQ_QUERY}`,
    `/en/tools/firewall-rules?${FW_QUERY}`,
    `/ja/tools/firewall-rules?${FW_QUERY}`,
  ]) {
    await page.goto(url);
    await expect(page.locator('.tool-result')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

for (const lang of ['en', 'ja'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const pages = {
      'client-cidr (empty)': 'tools/client-cidr',
      'client-cidr (verdict)': `tools/client-cidr?${FAQ_QUERY}`,
      'client-cidr (fail)': `tools/client-cidr?platform=fjcloud&client-cidr=192.168.0.1%2F29&connections=50&local-network=192.168.0.0%2F16&client-lans=100.64.0.0%2F24&run=1`,
      'client-cidr (errors)': 'tools/client-cidr?client-cidr=10.0.0.0%2F33&run=1',
      'firewall-rules (empty)': 'tools/firewall-rules',
      'firewall-rules (rules)': `tools/firewall-rules?${FW_QUERY}`,
      'firewall-rules (errors)': 'tools/firewall-rules?pool-cidr=fd00%3A%3A%2F8&d1.service=x&run=1',
    };
    for (const [name, path] of Object.entries(pages)) {
      test(`axe: ${name} (${lang}, ${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${lang}/${path}`);
        await expect(main(page)).toBeVisible();
        await expect(page.locator('h1')).not.toBeEmpty();
        await expectNoAxeViolations(page);
      });
    }
  }
}
