import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type i18n as I18n } from 'i18next';
import { findTree } from '@/trees';
import {
  buildCaseRecord,
  caseRecordDocument,
  caseRecordInput,
  checklistText,
  formatTime,
  mdCode,
  mdEscape,
  mdFence,
  recordFileName,
  type CaseRecordInput,
  type Translate,
} from './case-record';
import { renderRecord } from './record-document';
import { newCase, parseCase, syncCase, withNote, withReference, withStillBroken } from './cases';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

let i18n: I18n;
const tr = (lang: 'en' | 'ja'): Translate => {
  const t = i18n.getFixedT(lang) as unknown as (k: string, o?: object) => unknown;
  return (k, o) => t(k, o);
};

beforeAll(async () => {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, bundle] of Object.entries(files)) {
    const m = /locales\/(\w+)\/(.+)\.json$/.exec(path);
    if (m?.[1] && m[2]) (resources[m[1]] ??= {})[m[2]] = bundle;
  }
  i18n = i18next.createInstance();
  await i18n.init({
    resources,
    lng: 'en',
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
});

const tree = findTree('cannot-connect')!;
const XSS = '<img src=x onerror=alert(1)> <script>alert(1)</script>';

/** A walk to client-cidr-too-small through both compute steps' first one. */
const walkAnswers = {
  platform: 'alibaba',
  'log-message': 'no-log',
  'config-matches': 'pass',
  'other-network': 'fails-too',
  'firewall-in-path': 'pass',
  'server-log': 'other',
  'connection-count': 'unsure',
  'pool-capacity': { 'client-cidr': '192.168.100.0/29', connections: '5' },
};

function walkedCase(withNotes: boolean) {
  const t0 = new Date('2025-05-01T01:00:00Z');
  let c = newCase(tree.id, t0, () => 0.5);
  c = syncCase(c, { platform: 'alibaba' }, undefined, new Date('2025-05-01T01:01:00Z'));
  c = syncCase(c, walkAnswers, 'client-cidr-too-small', new Date('2025-05-01T01:05:30Z'));
  if (withNotes) {
    c = withNote(c, 'platform', 'Customer: ACME Corp\nsecond line', t0);
    c = withNote(c, 'client-cidr-too-small', XSS, t0);
    c = withReference(c, 'INC-42 `x`', t0);
  }
  return c;
}

function input(withNotes: boolean): CaseRecordInput {
  return caseRecordInput(tree, walkedCase(withNotes), {
    customerLink: 'https://doctor.example/en/diagnose/cannot-connect?platform=alibaba',
    staffLink: 'https://doctor.example/en/diagnose/cannot-connect?platform=alibaba&support=1',
    now: new Date('2025-05-01T02:00:00Z'),
    utcOffsetMinutes: 540,
  });
}

describe('formatTime', () => {
  it('prints the time at the given offset, with the offset', () => {
    expect(formatTime('2025-05-01T01:05:30Z', 540)).toBe('2025-05-01 10:05:30 UTC+09:00');
    expect(formatTime('2025-05-01T01:05:30Z', 0)).toBe('2025-05-01 01:05:30 UTC+00:00');
    expect(formatTime('2025-05-01T01:05:30Z', -330)).toBe('2025-04-30 19:35:30 UTC-05:30');
    expect(formatTime('junk', 0)).toBe('junk');
  });
});

describe('Markdown helpers keep user text inert', () => {
  it('code spans use more backticks than the text holds', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('<script>')).toBe('`<script>`');
  });
  it('fences are longer than any backtick run inside', () => {
    expect(mdFence('x ```` y', 'text')).toBe('`````text\nx ```` y\n`````');
  });
});

describe('caseRecordInput', () => {
  it('replays the case: steps with times, compute inputs and details, the diagnosis', () => {
    const r = input(true);
    expect(r.steps.map((s) => s.nodeId)).toEqual(Object.keys(walkAnswers));
    expect(r.steps[0]).toMatchObject({
      kind: 'question',
      outcome: 'alibaba',
      answeredAt: '2025-05-01T01:01:00.000Z',
      note: 'Customer: ACME Corp\nsecond line',
    });
    const compute = r.steps.at(-1);
    expect(compute).toMatchObject({
      kind: 'compute',
      outcome: 'too-small',
      evaluator: 'pool-capacity',
      input: { 'client-cidr': '192.168.100.0/29', connections: '5' },
    });
    expect(r.diagnosis).toEqual({
      id: 'client-cidr-too-small',
      at: '2025-05-01T01:05:30.000Z',
      note: XSS,
    });
    expect(r.openStep).toBeUndefined();
    expect(r.reference).toBe('INC-42 `x`');
  });

  it('an unfinished walk has an open step instead of a diagnosis', () => {
    let c = newCase(tree.id, new Date('2025-05-01T01:00:00Z'));
    c = syncCase(c, { platform: 'fjcloud' }, undefined, new Date('2025-05-01T01:00:10Z'));
    c = withNote(c, 'log-message', 'asked for the log', new Date());
    const r = caseRecordInput(tree, c, {
      customerLink: 'l',
      staffLink: 's',
      now: new Date(),
      utcOffsetMinutes: 0,
    });
    expect(r.diagnosis).toBeUndefined();
    expect(r.openStep).toEqual({ nodeId: 'log-message', note: 'asked for the log' });
  });
});

describe.each(['text', 'markdown'] as const)('buildCaseRecord (%s)', (format) => {
  it('English, with notes and tool values', () => {
    const out = buildCaseRecord(input(true), tr('en'), format);
    expect(out).toContain('SSL-VPN Doctor — support case record');
    expect(out).toContain('The client cannot connect to the SSL server');
    expect(out).toContain('Alibaba Cloud VPN Gateway (SSL server)');
    expect(out).toContain('Case started');
    expect(out).toContain('2025-05-01 10:00:00 UTC+09:00');
    expect(out).toContain('2025-05-01 10:05:30 UTC+09:00');
    // Compute inputs, verdict and calculation.
    expect(out).toContain('192.168.100.0/29');
    expect(out).toMatch(/Client CIDR block/);
    expect(out).toContain('The block is too small');
    expect(out).toMatch(/enough for 1 clients|holds 8 addresses/);
    // Diagnosis, fix, escalation.
    expect(out).toMatch(/Diagnosis: /);
    expect(out).toContain('How to fix it');
    expect(out).toContain('Escalation checklist');
    expect(out).toContain('openvpn --version');
    expect(out).toContain('?platform=alibaba&support=1');
    // Notes kept verbatim.
    expect(out).toContain('Customer: ACME Corp');
    expect(out).toContain('second line');
    expect(out).toContain(XSS);
    expect(out).toContain('Notes');
    expect(out).not.toMatch(/[ぁ-んァ-ン]/);
  });

  it('Japanese, with notes and tool values, whatever the UI language', () => {
    const out = buildCaseRecord(input(true), tr('ja'), format);
    expect(out).toContain('SSL-VPN Doctor サポート対応記録');
    expect(out).toContain('クライアントがSSLサーバーに接続できない');
    expect(out).toContain('対応開始');
    expect(out).toContain('回答日時');
    expect(out).toContain('ブロックが小さすぎる');
    expect(out).toContain('192.168.100.0/29');
    expect(out).toContain('対処方法');
    expect(out).toContain('エスカレーション用チェックリスト');
    expect(out).toContain('メモ');
    expect(out).toContain(XSS);
    expect(out).not.toContain('Case started');
    expect(out).not.toContain('support case record');
  });

  it.each(['en', 'ja'] as const)('%s without notes or reference has no notes section', (lang) => {
    const out = buildCaseRecord(input(false), tr(lang), format);
    expect(out).not.toContain(lang === 'en' ? 'Notes' : 'メモ');
    expect(out).not.toContain(lang === 'en' ? 'Reference' : 'チケット番号');
    expect(out).toContain('192.168.100.0/29');
  });

  it.each(['en', 'ja'] as const)('%s without tool values (a choice-only walk)', (lang) => {
    let c = newCase(tree.id, new Date('2025-05-01T00:00:00Z'));
    c = syncCase(
      c,
      { platform: 'openvpn', 'log-message': 'tls-error', 'tls-error': 'own-cert-expired' },
      'client-cert-expired',
      new Date('2025-05-01T00:02:00Z'),
    );
    const data = caseRecordInput(tree, c, {
      customerLink: 'https://x/a',
      staffLink: 'https://x/a?support=1',
      now: new Date('2025-05-01T00:03:00Z'),
      utcOffsetMinutes: 0,
    });
    const out = buildCaseRecord(data, tr(lang), format);
    expect(out).toContain(
      lang === 'en' ? 'My own OpenVPN server' : '自前で構築したOpenVPNサーバー',
    );
    expect(out).not.toContain(lang === 'en' ? 'Calculation' : '計算結果');
    expect(out).toContain('2025-05-01 00:02:00 UTC+00:00');
    expect(out).toContain(lang === 'en' ? 'Diagnosis reached' : '診断済み');
  });

  it('marks a case still broken after the fix', () => {
    const c = withStillBroken(walkedCase(false), true, new Date('2025-05-01T03:00:00Z'));
    const data = caseRecordInput(tree, c, {
      customerLink: 'l',
      staffLink: 's',
      now: new Date('2025-05-01T03:00:00Z'),
      utcOffsetMinutes: 540,
    });
    expect(buildCaseRecord(data, tr('en'), format)).toContain(
      'Still broken after the fix: escalate (reported 2025-05-01 12:00:00 UTC+09:00)',
    );
  });

  it('an empty case says no step is answered and is still in progress', () => {
    const c = newCase(tree.id, new Date('2025-05-01T00:00:00Z'));
    const data = caseRecordInput(tree, c, {
      customerLink: 'l',
      staffLink: 's',
      now: new Date('2025-05-01T00:00:00Z'),
      utcOffsetMinutes: 0,
    });
    const en = buildCaseRecord(data, tr('en'), format);
    expect(en).toContain('No step has been answered yet.');
    expect(en).toContain('In progress (at step 1)');
    expect(en).toContain('not answered yet');
  });
});

describe('Markdown record', () => {
  it('puts notes in fenced blocks and user values in code spans', () => {
    const out = buildCaseRecord(input(true), tr('en'), 'markdown');
    expect(out).toContain('```text\n' + XSS + '\n```');
    expect(out).toContain('`192.168.100.0/29`');
    expect(out).toContain('`` INC-42 `x` ``');
    // Every line with the raw tag sits inside a fence.
    const lines = out.split('\n');
    let inFence = false;
    for (const line of lines) {
      if (/^`{3,}/.test(line)) inFence = !inFence;
      else if (line.includes('<img')) expect(inFence).toBe(true);
    }
    expect(out.startsWith('# SSL-VPN Doctor')).toBe(true);
  });

  it('escapes Markdown in our own words (a Windows path keeps its backslashes)', () => {
    const out = buildCaseRecord(input(false), tr('en'), 'markdown');
    expect(out).toContain('C:\\\\Users\\\\\\<user\\>');
  });
});

describe('escalation checklist text', () => {
  it('lists the cause items, then the generic items, in the language of t', () => {
    const en = checklistText(tr('en'), 'read-the-logs', {});
    expect(en.split('\n')[0]).toBe('Escalation checklist');
    expect(en).toContain('For this cause');
    expect(en).toContain('The full client log with verb 4');
    expect(en).toContain('[Linux]');
    const ja = checklistText(tr('ja'), undefined, {});
    expect(ja).not.toContain('この原因に固有の情報');
    expect(ja).toContain('すべてのエスカレーションで必要な情報');
  });
});

describe('recordFileName', () => {
  it('uses .txt and .md', () => {
    expect(recordFileName('20250501-AB', 'text')).toBe('sslvpn-case-20250501-AB.txt');
    expect(recordFileName('20250501-AB', 'markdown')).toBe('sslvpn-case-20250501-AB.md');
  });
});

describe('evidence and platform in the record', () => {
  const t0 = new Date('2025-05-01T01:00:00Z');
  const recordOf = (c: ReturnType<typeof newCase>, t: Translate = tr('en')) =>
    buildCaseRecord(
      caseRecordInput(tree, c, {
        customerLink: 'https://doctor.example/en/diagnose/cannot-connect',
        staffLink: 'https://doctor.example/en/diagnose/cannot-connect?support=1',
        now: t0,
        utcOffsetMinutes: 0,
      }),
      t,
      'text',
    );

  it('marks the steps a customer file answered, and only those that are answered', () => {
    let c = newCase(tree.id, t0, () => 0.5);
    c = syncCase(c, walkAnswers, 'client-cidr-too-small', t0, ['log-message', 'no-such-step']);
    expect(c.fromFile).toEqual(['log-message']);
    const en = recordOf(c);
    expect(en.match(/Source: read from the customer's file/g)).toHaveLength(1);
    const logStep = en.slice(en.indexOf('2. '), en.indexOf('3. '));
    expect(logStep).toContain("Source: read from the customer's file (not asked)");
    expect(recordOf(c, tr('ja'))).toContain('根拠: お客様のファイルから読み取り');
    // Answering the step again (the wizard drops it from `from`) clears the mark.
    const again = syncCase(c, walkAnswers, 'client-cidr-too-small', t0, []);
    expect(again.fromFile).toBeUndefined();
    expect(recordOf(again)).not.toContain('Source:');
  });

  it('reads the file marks back from storage, dropping what is not a step id', () => {
    const c = syncCase(
      newCase(tree.id, t0, () => 0.5),
      walkAnswers,
      undefined,
      t0,
      ['platform'],
    );
    const stored = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
    expect(parseCase(stored)?.fromFile).toEqual(['platform']);
    stored.fromFile = ['platform', 42, '<script>', 'log-message', 'platform'];
    expect(parseCase(stored)?.fromFile).toEqual(['log-message', 'platform']);
    stored.fromFile = 'platform';
    expect(parseCase(stored)?.fromFile).toBeUndefined();
  });

  it('lists the fix steps for the walk’s platform only', () => {
    const c = syncCase(
      newCase(tree.id, t0, () => 0.5),
      walkAnswers,
      'client-cidr-too-small',
      t0,
    );
    const base = tr('en');
    const t: Translate = (k, o) =>
      k === 'steps' && o?.ns === 'cause-client-cidr-too-small'
        ? [
            { text: 'STEP FOR FJCLOUD', platform: 'fjcloud' },
            { text: 'STEP FOR ALIBABA', platform: ['alibaba', 'openvpn'] },
            { text: 'STEP FOR ALL' },
          ]
        : base(k, o);
    const record = recordOf(c, t);
    expect(record).not.toContain('STEP FOR FJCLOUD');
    expect(record).toContain('1. STEP FOR ALIBABA');
    expect(record).toContain('2. STEP FOR ALL');
  });

  it('labels each platform’s step when no platform is known, and prints every command', () => {
    const { platform, ...noPlatform } = input(false);
    expect(platform).toBe('alibaba');
    const base = tr('en');
    const t: Translate = (k, o) =>
      k === 'steps' && o?.ns === 'cause-client-cidr-too-small'
        ? [
            { text: 'STEP FOR FJCLOUD', platform: 'fjcloud' },
            { text: 'TWO COMMANDS', code: ['first --cmd', 'second --cmd'] },
          ]
        : base(k, o);
    const record = buildCaseRecord(noPlatform, t, 'text');
    expect(record).toContain('1. [FJcloud-O] STEP FOR FJCLOUD');
    expect(record).toMatch(/2\. TWO COMMANDS\n {6}first --cmd\n {6}second --cmd/);
  });
});

describe('the record document', () => {
  it('renders the same blocks as text and as Markdown', () => {
    const doc = caseRecordDocument(input(true), tr('en'));
    const text = renderRecord(doc, 'text');
    const md = renderRecord(doc, 'markdown');
    for (const b of doc) {
      if (b.type === 'field') {
        expect(text).toContain(`${b.label}: `);
        expect(md).toContain(`**${mdEscape(b.label)}:**`);
      }
      if (b.type === 'heading') expect(md).toContain(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`);
      if (b.type === 'note') expect(md).toContain(mdFence(b.text, 'text'));
    }
    // A user's text is verbatim in a code span in Markdown, as typed in text.
    const reference = doc.find((b) => b.type === 'field' && b.value.value === 'INC-42 `x`');
    expect(reference).toMatchObject({ value: { kind: 'verbatim' } });
    expect(md).toContain(mdCode('INC-42 `x`'));
    expect(text).toContain('INC-42 `x`');
  });
});
