/**
 * Lint of a parsed client configuration for what breaks on the client the user runs: the
 * OpenVPN 2.6 changes, Windows data channel offload (DCO), the platform's gateway rules, and
 * contradictory or duplicated directives. Pure; returns codes, lines, parameters and cause ids,
 * never sentences (the words are in `locales/<lang>/inspector.json` → `lint.<code>`).
 *
 * Sources (OpenVPN tag v2.6.14 unless noted):
 * - options.c `options_postprocess_cipher`: "--cipher set to '%s' but missing in --data-ciphers";
 *   default data-ciphers `AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305` (options.c:3519);
 * - options.c `options_set_backwards_compatible_options`: no compression option → stub-only
 *   (`allow-compression no`), so pushed compression is refused; `allow-compression no` with
 *   `comp-lzo`/`compress lzo` → "'--allow-compression no' conflicts with enabling compression";
 * - Changes.rst "Deprecated features": `ncp-disable`, `keysize` removed; TLS 1.2 minimum;
 * - init.c:3644 "WARNING: --ns-cert-type is DEPRECATED.  Use --remote-cert-tls instead.";
 * - dco.c `dco_check_option_ce`, `dco_check_startup_option`, `dco_check_option`: what turns DCO
 *   off (fragment, http-proxy, socks-proxy, dev-type not tun, windows-driver, management-query-
 *   proxy, data-ciphers-fallback, compression, a data cipher ovpn-dco lacks);
 * - ../shared/docs/domain-facts.md §2/§3 and openvpn-facts.md §5: Alibaba Cloud's forbidden SSL
 *   server ports, default 1194/udp; FJcloud-O 443/tcp or 1194/udp.
 */
import { PRIVATE_RANGES, parseAddress } from '../cidr';
import type { PlatformAnswer } from '../platforms';
import { SPECIAL_RANGES } from '../special-ranges';
import { directivesNamed, type OvpnConfig, type OvpnDirective } from './parse';
import { REMOVED_OPTIONS } from './known-options';
import type { FindingSeverity } from '../finding';

/** The wizard's platform answer. */
export type Platform = PlatformAnswer;

/** Cause ids (diagnosis node ids) a finding can point to; see the shared cause-id contract. */
export type CauseId =
  | 'invalid-config'
  | 'cipher-fallback-removed'
  | 'compression-refused'
  | 'tls-version-too-old'
  | 'weak-certificate-rejected'
  | 'tls-auth-key-mismatch'
  | 'auth-failed-credentials'
  | 'auth-failed-mfa'
  | 'server-unreachable'
  | 'endpoint-blocked'
  | 'udp-blocked-network'
  | 'openvpn-version-incompatible'
  | 'client-cert-expired'
  | 'server-cert-expired'
  | 'client-clock-skew'
  | 'no-shared-cipher';

/** Every lint code. The UI needs `lint.<code>` in both languages. */
export const LINT_CODES = [
  'unknown-option',
  'removed-option',
  'server-config',
  'not-a-client',
  'cipher-without-data-ciphers',
  'bf-cbc',
  'data-ciphers-no-aead',
  'compression-enabled',
  'compression-conflict',
  'compression-default-refused',
  'ns-cert-type-deprecated',
  'remote-cert-tls-missing',
  'tls-version-max-too-low',
  'tls-version-min-high',
  'tls-version-min-low',
  'tls-version-range-empty',
  'tls-cert-profile-insecure',
  'dco-disabled',
  'dco-default-on',
  'port-not-allowed-alibaba',
  'port-proto-fjcloud',
  'tcp-443-alibaba',
  'remote-private-address',
  'remote-missing',
  'remote-random-single',
  'several-remotes',
  'auth-user-pass',
  'auth-user-pass-mfa',
  'duplicate-option',
  'contradictory-option',
  'tls-auth-and-tls-crypt',
  'key-direction-missing',
  'key-direction-server',
  'static-key-malformed',
  'ca-missing',
  'cert-without-key',
  'key-without-cert',
  'client-cert-missing',
  'private-key-encrypted',
  'private-key-unreadable',
  'pkcs12-present',
  'static-key-mode',
] as const;
export type LintCode = (typeof LINT_CODES)[number];

/** A lint finding. `params` holds short, non-secret values for the message. */
export interface LintFinding {
  readonly code: LintCode;
  readonly severity: FindingSeverity;
  readonly lines: readonly number[];
  readonly cause?: CauseId;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What the lint knows about the user's situation. */
export interface LintContext {
  readonly platform?: Platform;
  /** The client's OS when known (from a log or the user). */
  readonly clientOs?: 'windows' | 'macos' | 'linux' | 'other';
}

/** 2.6 default `--data-ciphers` (options.c:3519). */
export const DEFAULT_DATA_CIPHERS = ['AES-256-GCM', 'AES-128-GCM', 'CHACHA20-POLY1305'] as const;
/** Ciphers ovpn-dco supports (README.dco.md "Limitations by design"). */
export const DCO_CIPHERS: ReadonlySet<string> = new Set([
  'AES-128-GCM',
  'AES-192-GCM',
  'AES-256-GCM',
  'CHACHA20-POLY1305',
]);
/** Alibaba Cloud SSL server ports that cannot be chosen (ROS/API docs, domain-facts.md §2). */
export const ALIBABA_FORBIDDEN_PORTS: ReadonlySet<number> = new Set([
  22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500,
]);

/** Options that may appear several times with different values. */
const MULTI: ReadonlySet<string> = new Set([
  'remote',
  'route',
  'route-ipv6',
  'dhcp-option',
  'dns',
  'setenv',
  'setenv-safe',
  'pull-filter',
  'ignore-unknown-option',
  'plugin',
  'x509-track',
  'connection',
  'push',
  'iroute',
  'iroute-ipv6',
  'http-proxy-option',
  'remote-cert-ku',
  'echo',
  'parameter',
  'extra-certs',
  'providers',
  'route-up',
  'up',
  'down',
  'x509-username-field',
  'peer-fingerprint',
  'pkcs11-id',
]);

/** One `remote` after defaults: host, port, protocol family (`udp` | `tcp`). */
export interface RemoteEndpoint {
  readonly host: string;
  readonly port: number;
  readonly proto: 'udp' | 'tcp';
  readonly line: number;
  readonly connection?: number;
}

function protoFamily(value: string | undefined): 'udp' | 'tcp' | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v.startsWith('udp')) return 'udp';
  if (v.startsWith('tcp')) return 'tcp';
  return null;
}

function last(config: OvpnConfig, name: string, connection?: number): OvpnDirective | undefined {
  const found = config.directives.filter(
    (d) => d.name === name && (d.connection === undefined || d.connection === connection),
  );
  // A connection block's own value wins over the global one.
  return found.filter((d) => d.connection === connection).at(-1) ?? found.at(-1);
}

function portValue(d: OvpnDirective | undefined): number | null {
  const n = d ? Number(d.args[0]) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? n : null;
}

/**
 * The remotes the client tries, with OpenVPN's defaults filled in: port from `remote`'s second
 * argument, else `rport`/`port`, else 1194; protocol from its third, else `proto`, else udp.
 */
export function remotesOf(config: OvpnConfig): RemoteEndpoint[] {
  const out: RemoteEndpoint[] = [];
  for (const d of directivesNamed(config, 'remote', true)) {
    const host = d.args[0];
    if (!host) continue;
    const port =
      (d.args[1] !== undefined ? portValue({ ...d, args: [d.args[1]] }) : null) ??
      portValue(last(config, 'rport', d.connection)) ??
      portValue(last(config, 'port', d.connection)) ??
      1194;
    const proto =
      protoFamily(d.args[2]) ?? protoFamily(last(config, 'proto', d.connection)?.args[0]) ?? 'udp';
    out.push(
      d.connection === undefined
        ? { host, port, proto, line: d.line }
        : { host, port, proto, line: d.line, connection: d.connection },
    );
  }
  return out.slice(0, 64);
}

/** The data ciphers the client offers (`data-ciphers`/`ncp-ciphers`, else the 2.6 default). */
export function dataCiphersOf(config: OvpnConfig): { list: string[]; line?: number } {
  const d = last(config, 'data-ciphers') ?? last(config, 'ncp-ciphers');
  if (!d || !d.args[0]) return { list: [...DEFAULT_DATA_CIPHERS] };
  const list = d.args[0]
    .split(':')
    .map((c) => (c.startsWith('?') ? c.slice(1) : c).toUpperCase())
    .filter((c) => c !== '')
    .slice(0, 64);
  return { list, line: d.line };
}

const NON_STUB_COMPRESS = new Set(['lzo', 'lz4', 'lz4-v2']);

/** Whether `d` turns real compression on (`comp-lzo`, `comp-lzo yes|adaptive`, `compress lzo|lz4…`). */
function enablesCompression(d: OvpnDirective): boolean {
  if (d.name === 'comp-lzo') return d.args[0] !== 'no';
  if (d.name === 'compress') return d.args[0] !== undefined && NON_STUB_COMPRESS.has(d.args[0]);
  return false;
}

/** Special-purpose rows no gateway address can be in on the internet (documentation ranges are not). */
const NOT_ROUTABLE = SPECIAL_RANGES.filter(
  (r) => r.action === 'refuse' || r.id === 'shared-address-space',
).map((r) => r.cidr);

/**
 * The non-public range an IPv4 literal lies in (RFC 1918, or a row of the IANA special-purpose
 * table: shared 100.64/10, loopback, link-local, multicast, …), or null for a public address or a host name.
 */
export function addressRange(host: string): string | null {
  const parsed = parseAddress(host);
  if (!parsed.ok) return null;
  const v = parsed.value;
  const range = [...PRIVATE_RANGES, ...NOT_ROUTABLE].find((c) => v >= c.first && v <= c.last);
  return range ? range.normalized : null;
}

/** Runs every rule. Findings are in rule order; each carries its lines. */
export function lintOvpnConfig(config: OvpnConfig, context: LintContext = {}): LintFinding[] {
  const out: LintFinding[] = [];
  const add = (f: LintFinding) => {
    if (out.length < 500) out.push(f);
  };
  const has = (name: string) => config.directives.some((d) => d.name === name);
  const lines = (name: string) =>
    config.directives.filter((d) => d.name === name).map((d) => d.line);
  const platform = context.platform;

  // --- unknown and removed options -----------------------------------------------------------
  const ignored = new Set(directivesNamed(config, 'ignore-unknown-option').flatMap((d) => d.args));
  for (const u of config.unknown) {
    if (ignored.has(u.name)) continue;
    add({
      code: REMOVED_OPTIONS.has(u.name) ? 'removed-option' : 'unknown-option',
      severity: 'error',
      lines: [u.line],
      cause: 'invalid-config',
      params: { option: u.name },
    });
  }
  for (const d of config.directives) {
    if (d.name === 'client-cert-not-required') {
      add({
        code: 'removed-option',
        severity: 'error',
        lines: [d.line],
        cause: 'invalid-config',
        params: { option: d.name },
      });
    }
  }

  // --- client or server ----------------------------------------------------------------------
  const serverLines = [
    ...lines('server'),
    ...directivesNamed(config, 'mode')
      .filter((d) => d.args[0] === 'server')
      .map((d) => d.line),
    ...lines('tls-server'),
  ];
  if (serverLines.length > 0) {
    add({ code: 'server-config', severity: 'error', lines: serverLines, cause: 'invalid-config' });
  } else if (!has('client') && !(has('pull') && has('tls-client')) && !has('secret')) {
    add({ code: 'not-a-client', severity: 'warning', lines: [], cause: 'invalid-config' });
  }

  // --- ciphers -------------------------------------------------------------------------------
  const ciphers = dataCiphersOf(config);
  const cipher = last(config, 'cipher');
  const fallback = last(config, 'data-ciphers-fallback');
  const compat = last(config, 'compat-mode');
  const compatBefore25 = compat?.args[0] !== undefined && /^2\.[0-4](\.|$)/.test(compat.args[0]);
  if (cipher?.args[0]) {
    const name = cipher.args[0].toUpperCase();
    if (!ciphers.list.includes(name) && !fallback && !compatBefore25 && !has('secret')) {
      add({
        code: 'cipher-without-data-ciphers',
        severity: 'warning',
        lines: [cipher.line, ...(ciphers.line ? [ciphers.line] : [])],
        cause: 'cipher-fallback-removed',
        params: { cipher: name, dataCiphers: ciphers.list.join(':') },
      });
    }
  }
  const bfLines = [
    ...(cipher?.args[0]?.toUpperCase() === 'BF-CBC' ? [cipher.line] : []),
    ...(ciphers.list.includes('BF-CBC') && ciphers.line ? [ciphers.line] : []),
    ...(fallback?.args[0]?.toUpperCase() === 'BF-CBC' ? [fallback.line] : []),
  ];
  const legacyProvider = directivesNamed(config, 'providers').some((d) =>
    d.args.includes('legacy'),
  );
  if (bfLines.length > 0 && !legacyProvider) {
    add({ code: 'bf-cbc', severity: 'error', lines: bfLines, cause: 'cipher-fallback-removed' });
  }
  if (ciphers.line !== undefined && !ciphers.list.some((c) => DCO_CIPHERS.has(c))) {
    add({
      code: 'data-ciphers-no-aead',
      severity: 'warning',
      lines: [ciphers.line],
      cause: 'no-shared-cipher',
      params: { dataCiphers: ciphers.list.join(':') },
    });
  }

  // --- compression ---------------------------------------------------------------------------
  const compDirectives = config.directives.filter(
    (d) => d.name === 'comp-lzo' || d.name === 'compress',
  );
  const compOn = compDirectives.filter(enablesCompression);
  const allowComp = last(config, 'allow-compression');
  if (compOn.length > 0 && allowComp?.args[0] === 'no') {
    add({
      code: 'compression-conflict',
      severity: 'error',
      lines: [...compOn.map((d) => d.line), allowComp.line],
      cause: 'compression-refused',
    });
  } else if (compOn.length > 0) {
    add({
      code: 'compression-enabled',
      severity: 'warning',
      lines: compOn.map((d) => d.line),
      cause: 'compression-refused',
      params: { option: compOn[0]?.name ?? 'comp-lzo' },
    });
  } else if (compDirectives.length === 0 && !allowComp && !compatBefore25) {
    add({
      code: 'compression-default-refused',
      severity: 'info',
      lines: [],
      cause: 'compression-refused',
    });
  }

  // --- certificate verification --------------------------------------------------------------
  const nsCert = lines('ns-cert-type');
  if (nsCert.length > 0) {
    add({ code: 'ns-cert-type-deprecated', severity: 'warning', lines: nsCert });
  }
  if (
    !has('remote-cert-tls') &&
    nsCert.length === 0 &&
    !has('remote-cert-eku') &&
    !has('verify-x509-name') &&
    !has('peer-fingerprint') &&
    serverLines.length === 0
  ) {
    add({ code: 'remote-cert-tls-missing', severity: 'warning', lines: [] });
  }
  const profile = last(config, 'tls-cert-profile');
  if (profile?.args[0] === 'insecure') {
    add({ code: 'tls-cert-profile-insecure', severity: 'info', lines: [profile.line] });
  }

  // --- TLS versions --------------------------------------------------------------------------
  const version = (v: string | undefined) =>
    v === '1.0' ? 10 : v === '1.1' ? 11 : v === '1.2' ? 12 : v === '1.3' ? 13 : null;
  const tlsMin = last(config, 'tls-version-min');
  const tlsMax = last(config, 'tls-version-max');
  const minV = version(tlsMin?.args[0]);
  const maxV = version(tlsMax?.args[0]);
  if (tlsMax && maxV !== null && maxV < 12) {
    add({
      code: 'tls-version-max-too-low',
      severity: 'error',
      lines: [tlsMax.line],
      cause: 'tls-version-too-old',
      params: { version: tlsMax.args[0] ?? '' },
    });
  }
  if (tlsMin && tlsMax && minV !== null && maxV !== null && minV > maxV) {
    add({
      code: 'tls-version-range-empty',
      severity: 'error',
      lines: [tlsMin.line, tlsMax.line],
      cause: 'tls-version-too-old',
    });
  }
  if (tlsMin && minV === 13) {
    add({
      code: 'tls-version-min-high',
      severity: 'warning',
      lines: [tlsMin.line],
      cause: 'tls-version-too-old',
    });
  }
  if (tlsMin && minV !== null && minV < 12) {
    add({
      code: 'tls-version-min-low',
      severity: 'info',
      lines: [tlsMin.line],
      cause: 'tls-version-too-old',
      params: { version: tlsMin.args[0] ?? '' },
    });
  }

  // --- data channel offload (Windows default in 2.6) -----------------------------------------
  if (context.clientOs === undefined || context.clientOs === 'windows') {
    const reasons: { reason: string; line?: number }[] = [];
    const devType = last(config, 'dev-type')?.args[0];
    const dev = last(config, 'dev');
    if (devType === 'tap' || (!devType && dev?.args[0]?.startsWith('tap'))) {
      reasons.push({ reason: 'dev-tap', line: dev?.line });
    }
    for (const name of ['fragment', 'http-proxy', 'socks-proxy', 'management-query-proxy']) {
      const d = config.directives.find((x) => x.name === name);
      if (d) reasons.push({ reason: name, line: d.line });
    }
    const driver = last(config, 'windows-driver');
    if (driver && (driver.args[0] === 'wintun' || driver.args[0] === 'tap-windows6')) {
      reasons.push({ reason: 'windows-driver', line: driver.line });
    }
    if (fallback?.args[0] && !DCO_CIPHERS.has(fallback.args[0].toUpperCase())) {
      reasons.push({ reason: 'data-ciphers-fallback', line: fallback.line });
    }
    const asym = allowComp && allowComp.args[0] !== 'no';
    if (compOn.length > 0 || asym) {
      reasons.push({ reason: 'compression', line: compOn[0]?.line ?? allowComp?.line });
    } else if (compDirectives.some((d) => d.name === 'compress' || d.args[0] === 'no')) {
      // `compress` / `comp-lzo no` set a stub algorithm: dco_check_option refuses any alg.
      reasons.push({ reason: 'compression', line: compDirectives[0]?.line });
    }
    const badCipher = ciphers.list.find((c) => !DCO_CIPHERS.has(c));
    if (badCipher) reasons.push({ reason: 'data-cipher', line: ciphers.line });
    const disabled = last(config, 'disable-dco');
    if (disabled) {
      add({
        code: 'dco-disabled',
        severity: 'info',
        lines: [disabled.line],
        params: { reason: 'disable-dco' },
      });
    } else if (reasons.length > 0) {
      for (const r of reasons) {
        add({
          code: 'dco-disabled',
          severity: 'info',
          lines: r.line === undefined ? [] : [r.line],
          params: { reason: r.reason },
        });
      }
    } else {
      add({
        code: 'dco-default-on',
        severity: 'info',
        lines: [],
        cause: 'openvpn-version-incompatible',
      });
    }
  }

  // --- remotes versus the platform -----------------------------------------------------------
  const remotes = remotesOf(config);
  if (remotes.length === 0 && serverLines.length === 0 && !has('secret')) {
    add({ code: 'remote-missing', severity: 'error', lines: [], cause: 'invalid-config' });
  }
  for (const r of remotes) {
    const range = addressRange(r.host);
    if (range !== null) {
      add({
        code: 'remote-private-address',
        severity: 'warning',
        lines: [r.line],
        cause: 'server-unreachable',
        params: { host: r.host, range },
      });
    }
    if (platform === 'alibaba' && ALIBABA_FORBIDDEN_PORTS.has(r.port)) {
      add({
        code: r.port === 443 && r.proto === 'tcp' ? 'tcp-443-alibaba' : 'port-not-allowed-alibaba',
        severity: 'warning',
        lines: [r.line],
        cause: 'invalid-config',
        params: { port: r.port, proto: r.proto },
      });
    }
    if (
      platform === 'fjcloud' &&
      !((r.port === 443 && r.proto === 'tcp') || (r.port === 1194 && r.proto === 'udp'))
    ) {
      add({
        code: 'port-proto-fjcloud',
        severity: 'warning',
        lines: [r.line],
        cause: 'endpoint-blocked',
        params: { port: r.port, proto: r.proto },
      });
    }
  }
  const random = last(config, 'remote-random');
  if (random && remotes.length === 1) {
    add({ code: 'remote-random-single', severity: 'info', lines: [random.line] });
  }
  if (remotes.length > 1) {
    add({
      code: 'several-remotes',
      severity: 'info',
      lines: remotes.map((r) => r.line),
      params: { count: remotes.length, order: random ? 'random' : 'in-order' },
    });
  }

  // --- credentials ---------------------------------------------------------------------------
  const aup = lines('auth-user-pass');
  if (aup.length > 0) {
    add({ code: 'auth-user-pass', severity: 'info', lines: aup, cause: 'auth-failed-credentials' });
    if (platform === 'alibaba' || platform === 'fjcloud' || has('static-challenge')) {
      add({ code: 'auth-user-pass-mfa', severity: 'info', lines: aup, cause: 'auth-failed-mfa' });
    }
  }

  // --- duplicates ----------------------------------------------------------------------------
  const seen = new Map<string, OvpnDirective[]>();
  for (const d of config.directives) {
    if (MULTI.has(d.name) || d.inline) continue;
    const key = `${d.connection ?? '-'} ${d.name}`;
    const list = seen.get(key);
    if (list) list.push(d);
    else seen.set(key, [d]);
  }
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const first = list[0];
    if (!first) continue;
    const same = list.every((d) => d.args.join('\u0000') === first.args.join('\u0000'));
    add({
      code: same ? 'duplicate-option' : 'contradictory-option',
      severity: same ? 'info' : 'warning',
      lines: list.map((d) => d.line),
      cause: 'invalid-config',
      params: { option: first.name, used: list.at(-1)?.args.join(' ') ?? '' },
    });
  }

  // --- tls-auth / tls-crypt and key-direction ------------------------------------------------
  const tlsAuth = config.directives.filter((d) => d.name === 'tls-auth');
  const tlsCrypt = config.directives.filter(
    (d) => d.name === 'tls-crypt' || d.name === 'tls-crypt-v2',
  );
  if (tlsAuth.length > 0 && tlsCrypt.length > 0) {
    add({
      code: 'tls-auth-and-tls-crypt',
      severity: 'error',
      lines: [...tlsAuth, ...tlsCrypt].map((d) => d.line),
      cause: 'tls-auth-key-mismatch',
    });
  }
  const keyDirection = last(config, 'key-direction');
  for (const d of tlsAuth) {
    const direction = d.inline ? keyDirection?.args[0] : (d.args[1] ?? keyDirection?.args[0]);
    if (direction === undefined) {
      add({
        code: 'key-direction-missing',
        severity: 'warning',
        lines: [d.line],
        cause: 'tls-auth-key-mismatch',
      });
    } else if (direction === '0') {
      add({
        code: 'key-direction-server',
        severity: 'warning',
        lines: [keyDirection?.line ?? d.line],
        cause: 'tls-auth-key-mismatch',
      });
    }
  }
  for (const b of config.blocks) {
    if (!b.secret) continue;
    if (b.tag === 'tls-auth' || b.tag === 'tls-crypt' || b.tag === 'secret') {
      if (b.secret.type !== 'static-key' || !b.secret.wellFormed) {
        add({
          code: 'static-key-malformed',
          severity: 'error',
          lines: [b.line],
          cause: 'tls-auth-key-mismatch',
          params: { tag: b.tag, bits: b.secret.bits ?? 0 },
        });
      }
    }
    if (
      b.tag === 'tls-crypt-v2' &&
      (b.secret.type !== 'tls-crypt-v2-client' || !b.secret.wellFormed)
    ) {
      add({
        code: 'static-key-malformed',
        severity: 'error',
        lines: [b.line],
        cause: 'tls-auth-key-mismatch',
        params: { tag: b.tag, bits: 0 },
      });
    }
    if (b.tag === 'key') {
      if (b.secret.type === 'encrypted') {
        add({ code: 'private-key-encrypted', severity: 'info', lines: [b.line] });
      } else if (!b.secret.wellFormed || b.secret.type === 'unknown') {
        add({
          code: 'private-key-unreadable',
          severity: 'error',
          lines: [b.line],
          cause: 'invalid-config',
        });
      }
    }
  }

  // --- material present ----------------------------------------------------------------------
  const hasMaterial = (name: string) => has(name);
  const pkcs12 = lines('pkcs12');
  if (pkcs12.length > 0) add({ code: 'pkcs12-present', severity: 'info', lines: pkcs12 });
  const external =
    has('cryptoapicert') ||
    has('pkcs11-id') ||
    has('management-external-key') ||
    has('management-external-cert');
  if (
    !hasMaterial('ca') &&
    !has('capath') &&
    !has('peer-fingerprint') &&
    pkcs12.length === 0 &&
    !has('secret')
  ) {
    add({ code: 'ca-missing', severity: 'error', lines: [], cause: 'invalid-config' });
  }
  if (hasMaterial('cert') && !hasMaterial('key') && !external) {
    add({
      code: 'cert-without-key',
      severity: 'error',
      lines: lines('cert'),
      cause: 'invalid-config',
    });
  }
  if (hasMaterial('key') && !hasMaterial('cert')) {
    add({
      code: 'key-without-cert',
      severity: 'error',
      lines: lines('key'),
      cause: 'invalid-config',
    });
  }
  if (
    !hasMaterial('cert') &&
    !hasMaterial('key') &&
    pkcs12.length === 0 &&
    !external &&
    aup.length === 0 &&
    !has('secret')
  ) {
    add({ code: 'client-cert-missing', severity: 'warning', lines: [], cause: 'invalid-config' });
  }
  const secret = lines('secret');
  if (secret.length > 0) add({ code: 'static-key-mode', severity: 'warning', lines: secret });

  return out;
}
