/**
 * Network dump readers: the client's own interfaces, addresses and routes from the output of
 * `ipconfig /all` (English and Japanese Windows), `route print` (both), `Get-NetIPConfiguration`,
 * `Get-NetIPAddress`, Linux `ip addr` / `ip route` / net-tools `ifconfig`, and macOS
 * `ifconfig` / `netstat -rn`. Several outputs pasted together are all read.
 *
 * The result feeds the client-CIDR overlap check: `clientLans` (the client's own networks as
 * CIDRs), `vpnAddresses` (the VPN adapter's address: TAP-Windows, Wintun, OpenVPN Data Channel
 * Offload, tun/utun) and `vpnRoutes` (routes through the VPN adapter, i.e. the pushed ones).
 *
 * Pure and total; one pass per reader over the lines, no regular expression with nested
 * quantifiers. Returns data and format codes, no words.
 */
import { cidrFrom } from '../cidr';

export const DUMP_FORMATS = [
  'ipconfig',
  'route-print',
  'get-netipconfiguration',
  'get-netipaddress',
  'ip-addr',
  'ip-route',
  'ifconfig',
  'netstat-rn',
] as const;
export type DumpFormat = (typeof DUMP_FORMATS)[number];

/** Which virtual adapter a VPN interface is. */
export type VpnDriver = 'ovpn-dco' | 'wintun' | 'tap-windows' | 'tun' | 'utun' | 'tap';

export interface DumpAddress {
  readonly address: string;
  /** Prefix length when the output gives it (Get-NetIPConfiguration does not). */
  readonly prefix?: number;
  /** The network, `a.b.c.d/n`, when the prefix is known. */
  readonly cidr?: string;
}

export interface DumpInterface {
  readonly name: string;
  readonly description?: string;
  readonly kind: 'lan' | 'vpn' | 'loopback';
  readonly driver?: VpnDriver;
  readonly addresses: readonly DumpAddress[];
  /** False when the output says the medium is disconnected or the link is down. */
  readonly up: boolean;
  readonly gateway?: string;
  readonly format: DumpFormat;
}

export interface DumpRoute {
  /** `a.b.c.d/n`. */
  readonly destination: string;
  /** Next hop; absent for on-link routes. */
  readonly gateway?: string;
  readonly interfaceName?: string;
  readonly interfaceAddress?: string;
  readonly metric?: number;
  readonly format: DumpFormat;
}

export interface NetworkDump {
  readonly formats: readonly DumpFormat[];
  readonly interfaces: readonly DumpInterface[];
  readonly routes: readonly DumpRoute[];
  /** The client's own IPv4 networks (connected LAN/Wi-Fi, not VPN, loopback or link-local). */
  readonly clientLans: readonly string[];
  /** Addresses of the VPN adapter(s), with their CIDR when known. */
  readonly vpnAddresses: readonly DumpAddress[];
  /** Destinations routed through the VPN adapter (pushed routes, the default route split in two…). */
  readonly vpnRoutes: readonly string[];
}

/** Lines and items kept (a dump is a few hundred lines; a paste of 5 MB stays bounded). */
const MAX_ITEMS = 2000;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** A dotted-quad IPv4 address as an unsigned integer (fast path: dumps have many). */
function ipv4(text: string | undefined): number | null {
  if (!text || text.length < 7 || text.length > 15) return null;
  let value = 0;
  let part = -1;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      part = (part < 0 ? 0 : part) * 10 + (c - 48);
      digits += 1;
      if (digits > 3 || part > 255) return null;
    } else if (c === 46) {
      if (part < 0) return null;
      value = value * 256 + part;
      part = -1;
      digits = 0;
      if (i < text.length) dots += 1;
    } else return null;
  }
  return dots === 3 ? value : null;
}

/** Prefix length of a dotted or hex (`0xffffff00`) netmask; null if not contiguous. */
export function maskToPrefix(mask: string): number | null {
  let value: number | null;
  if (mask.startsWith('0x') && mask.length === 10) {
    const n = Number.parseInt(mask.slice(2), 16);
    value = Number.isNaN(n) ? null : n >>> 0;
  } else value = ipv4(mask);
  if (value === null) return null;
  let prefix = 0;
  while (prefix < 32 && value & (2 ** (31 - prefix))) prefix++;
  const rest = value % 2 ** (32 - prefix);
  return rest === 0 ? prefix : null;
}

function withPrefix(address: string, prefix: number | null | undefined): DumpAddress {
  const v = ipv4(address);
  if (v === null || prefix === null || prefix === undefined || prefix < 0 || prefix > 32) {
    return { address };
  }
  return { address, prefix, cidr: cidrFrom(v, prefix).normalized };
}

/** Cuts `…(Preferred)` / `…(優先)` / `%12` off an address value. */
function cleanAddress(value: string): string {
  let v = value.trim();
  const paren = v.indexOf('(');
  if (paren !== -1) v = v.slice(0, paren);
  const pct = v.indexOf('%');
  if (pct !== -1) v = v.slice(0, pct);
  return v.trim();
}

function words(line: string): string[] {
  return line
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** The VPN driver a Windows adapter description or name points to. */
export function windowsDriver(text: string): VpnDriver | undefined {
  const t = text.toLowerCase();
  if (t.includes('data channel offload') || t.includes('ovpn-dco')) return 'ovpn-dco';
  if (t.includes('wintun')) return 'wintun';
  if (t.includes('tap-windows') || t.includes('tap-win32') || t.includes('tap-win64'))
    return 'tap-windows';
  return undefined;
}

function unixDriver(name: string): VpnDriver | undefined {
  if (name.startsWith('utun')) return 'utun';
  if (name.startsWith('tun')) return 'tun';
  if (name.startsWith('tap')) return 'tap';
  return undefined;
}

function kindOf(name: string, driver: VpnDriver | undefined): DumpInterface['kind'] {
  if (driver) return 'vpn';
  const n = name.toLowerCase();
  return n === 'lo' || n.startsWith('lo0') || n.includes('loopback') ? 'loopback' : 'lan';
}

// ---------------------------------------------------------------------------------------------
// Windows: ipconfig /all (English and Japanese)
// ---------------------------------------------------------------------------------------------

/** A `key . . . : value` line: the key has a dot run before the first colon. */
function keyValue(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(':');
  if (colon === -1) return null;
  const left = line.slice(0, colon);
  if (!(left.includes('. ') || left.includes(' .') || left.endsWith('.'))) return null;
  let end = left.length;
  while (end > 0 && (left[end - 1] === '.' || left[end - 1] === ' ')) end--;
  return { key: left.slice(0, end).trim(), value: line.slice(colon + 1).trim() };
}

/** English "Ethernet adapter X:"; Japanese "イーサネット アダプター X:", "不明なアダプター X:" (no space before). */
const ADAPTER_MARKERS = [' adapter ', 'アダプター '];

function adapterName(line: string): string | null {
  if (line.startsWith(' ') || !line.trimEnd().endsWith(':')) return null;
  const t = line.trimEnd().slice(0, -1);
  for (const m of ADAPTER_MARKERS) {
    const at = t.indexOf(m);
    if (at !== -1) return t.slice(at + m.length).trim();
  }
  return null;
}

const IPV4_KEYS = [
  'IPv4 Address',
  'IP Address',
  'IPv4 アドレス',
  'IP アドレス',
  'Autoconfiguration IPv4 Address',
  '自動構成 IPv4 アドレス',
];
const MASK_KEYS = ['Subnet Mask', 'サブネット マスク'];
const DESCRIPTION_KEYS = ['Description', '説明'];
const GATEWAY_KEYS = ['Default Gateway', 'デフォルト ゲートウェイ'];
const MEDIA_KEYS = ['Media State', 'メディアの状態'];

function readIpconfig(lines: readonly string[], out: DumpInterface[]): boolean {
  let seen = false;
  let current: {
    name: string;
    description?: string;
    addresses: { address: string; mask?: string }[];
    up: boolean;
    gateway?: string;
  } | null = null;
  const flush = () => {
    if (!current) return;
    const driver = windowsDriver(`${current.description ?? ''} ${current.name}`);
    const iface: DumpInterface = {
      name: current.name,
      ...(current.description ? { description: current.description } : {}),
      kind: kindOf(current.name, driver),
      ...(driver ? { driver } : {}),
      addresses: current.addresses.map((a) =>
        withPrefix(a.address, a.mask ? maskToPrefix(a.mask) : null),
      ),
      up: current.up,
      ...(current.gateway ? { gateway: current.gateway } : {}),
      format: 'ipconfig',
    };
    if (out.length < MAX_ITEMS) out.push(iface);
    current = null;
  };
  let lastKey = '';
  for (const line of lines) {
    const name = adapterName(line);
    if (name !== null) {
      flush();
      seen = true;
      current = { name, addresses: [], up: true };
      lastKey = '';
      continue;
    }
    if (!current) {
      if (line.includes('Windows IP')) seen = true;
      continue;
    }
    const kv = keyValue(line);
    if (!kv) {
      // A continuation line (a second DNS server, a second gateway) belongs to the last key.
      const v = cleanAddress(line);
      if (GATEWAY_KEYS.includes(lastKey) && !current.gateway && ipv4(v) !== null)
        current.gateway = v;
      continue;
    }
    lastKey = kv.key;
    if (IPV4_KEYS.includes(kv.key)) {
      const address = cleanAddress(kv.value);
      if (ipv4(address) !== null && current.addresses.length < 64)
        current.addresses.push({ address });
    } else if (MASK_KEYS.includes(kv.key)) {
      const last = current.addresses.at(-1);
      if (last && !last.mask) last.mask = kv.value.trim();
    } else if (DESCRIPTION_KEYS.includes(kv.key)) {
      current.description = kv.value.slice(0, 200);
    } else if (GATEWAY_KEYS.includes(kv.key)) {
      const g = cleanAddress(kv.value);
      if (ipv4(g) !== null) current.gateway = g;
    } else if (MEDIA_KEYS.includes(kv.key)) {
      current.up = false;
    }
  }
  flush();
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Windows: route print (English and Japanese)
// ---------------------------------------------------------------------------------------------

const ON_LINK = new Set(['On-link', 'リンク上']);

function readRoutePrint(lines: readonly string[], routes: DumpRoute[]): boolean {
  let seen = false;
  let inIpv4 = false;
  for (const line of lines) {
    if (line.includes('IPv4 Route Table') || line.includes('IPv4 ルート テーブル')) {
      seen = true;
      inIpv4 = true;
      continue;
    }
    if (line.includes('IPv6 Route Table') || line.includes('IPv6 ルート テーブル')) {
      inIpv4 = false;
      continue;
    }
    if (!inIpv4) continue;
    const w = words(line);
    if (w.length !== 5) continue;
    const [dest, mask, gateway, iface, metric] = w as [string, string, string, string, string];
    const d = ipv4(dest);
    const prefix = maskToPrefix(mask);
    if (d === null || prefix === null || ipv4(iface) === null || !/^\d{1,6}$/.test(metric))
      continue;
    const onLink = ON_LINK.has(gateway);
    if (!onLink && ipv4(gateway) === null) continue;
    if (routes.length >= MAX_ITEMS) break;
    routes.push({
      destination: cidrFrom(d, prefix).normalized,
      ...(onLink ? {} : { gateway }),
      interfaceAddress: iface,
      metric: Number(metric),
      format: 'route-print',
    });
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Windows PowerShell: Get-NetIPConfiguration and Get-NetIPAddress (Format-List output)
// ---------------------------------------------------------------------------------------------

function psRecords(lines: readonly string[]): Map<string, string>[] {
  const records: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(' : ');
    const key = colon === -1 ? '' : line.slice(0, colon).trim();
    if (colon !== -1 && key !== '' && !key.includes(' ') && !line.startsWith(' ')) {
      current ??= new Map();
      if (!current.has(key)) current.set(key, line.slice(colon + 3).trim());
    } else if (line.trim() === '') {
      if (current && current.size > 0 && records.length < MAX_ITEMS) records.push(current);
      current = null;
    }
  }
  if (current && current.size > 0) records.push(current);
  return records;
}

function readPowerShell(lines: readonly string[], out: DumpInterface[]): DumpFormat[] {
  const formats = new Set<DumpFormat>();
  for (const r of psRecords(lines)) {
    const alias = r.get('InterfaceAlias');
    if (!alias) continue;
    const description = r.get('InterfaceDescription');
    const driver = windowsDriver(`${description ?? ''} ${alias}`);
    if (r.has('IPAddress') && r.has('PrefixLength')) {
      if (r.get('AddressFamily') !== 'IPv4') continue;
      formats.add('get-netipaddress');
      const address = cleanAddress(r.get('IPAddress') ?? '');
      if (ipv4(address) === null) continue;
      const prefix = Number(r.get('PrefixLength'));
      out.push({
        name: alias,
        kind: kindOf(alias, driver),
        ...(driver ? { driver } : {}),
        addresses: [withPrefix(address, Number.isInteger(prefix) ? prefix : null)],
        up: true,
        format: 'get-netipaddress',
      });
    } else if (r.has('IPv4Address')) {
      formats.add('get-netipconfiguration');
      const address = cleanAddress(r.get('IPv4Address') ?? '');
      const gateway = cleanAddress(r.get('IPv4DefaultGateway') ?? '');
      out.push({
        name: alias,
        ...(description ? { description } : {}),
        kind: kindOf(alias, driver),
        ...(driver ? { driver } : {}),
        addresses: ipv4(address) === null ? [] : [{ address }],
        up: true,
        ...(ipv4(gateway) !== null ? { gateway } : {}),
        format: 'get-netipconfiguration',
      });
    }
  }
  return [...formats];
}

// ---------------------------------------------------------------------------------------------
// Linux: ip addr, ip route
// ---------------------------------------------------------------------------------------------

function readIpAddr(lines: readonly string[], out: DumpInterface[]): boolean {
  let seen = false;
  let current: {
    name: string;
    up: boolean;
    pointToPoint: boolean;
    addresses: DumpAddress[];
  } | null = null;
  const flush = () => {
    if (!current) return;
    const driver =
      unixDriver(current.name) ??
      (current.pointToPoint && current.addresses.length > 0 ? 'tun' : undefined);
    if (out.length < MAX_ITEMS) {
      out.push({
        name: current.name,
        kind: kindOf(current.name, driver),
        ...(driver ? { driver } : {}),
        addresses: current.addresses,
        up: current.up,
        format: 'ip-addr',
      });
    }
    current = null;
  };
  for (const line of lines) {
    // `5: tun0: <POINTOPOINT,…,UP,LOWER_UP> mtu 1500 … state UNKNOWN …`
    const first = line.indexOf(': ');
    const head = first > 0 && first < 8 && /^\d+$/.test(line.slice(0, first));
    if (head) {
      const rest = line.slice(first + 2);
      const second = rest.indexOf(': <');
      if (second === -1) continue;
      flush();
      seen = true;
      let name = rest.slice(0, second);
      const at = name.indexOf('@');
      if (at !== -1) name = name.slice(0, at);
      const flagsEnd = rest.indexOf('>', second);
      const flags = rest.slice(second + 3, flagsEnd === -1 ? undefined : flagsEnd).split(',');
      current = {
        name,
        up: flags.includes('UP') && !rest.includes(' state DOWN'),
        pointToPoint: flags.includes('POINTOPOINT'),
        addresses: [],
      };
      continue;
    }
    if (!current) continue;
    const w = words(line);
    if (w[0] === 'inet' && w[1]) {
      const slash = w[1].indexOf('/');
      const address = slash === -1 ? w[1] : w[1].slice(0, slash);
      const prefix = slash === -1 ? 32 : Number(w[1].slice(slash + 1));
      if (ipv4(address) !== null && current.addresses.length < 64) {
        current.addresses.push(withPrefix(address, Number.isInteger(prefix) ? prefix : null));
      }
    }
  }
  flush();
  return seen;
}

function readIpRoute(lines: readonly string[], routes: DumpRoute[]): boolean {
  let seen = false;
  for (const line of lines) {
    const c0 = line.charCodeAt(0);
    if (!(c0 === 100 || (c0 >= 48 && c0 <= 57))) continue; // 'default' or a digit
    const w = words(line);
    const dest = w[0];
    if (!dest || (dest !== 'default' && !/^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(dest)))
      continue;
    const dev = w.indexOf('dev');
    if (dev === -1 || !w[dev + 1]) continue;
    let destination: string | null = null;
    if (dest === 'default') destination = '0.0.0.0/0';
    else {
      const slash = dest.indexOf('/');
      const v = ipv4(slash === -1 ? dest : dest.slice(0, slash));
      const prefix = slash === -1 ? 32 : Number(dest.slice(slash + 1));
      if (v !== null && prefix <= 32) destination = cidrFrom(v, prefix).normalized;
    }
    if (destination === null) continue;
    seen = true;
    const via = w.indexOf('via');
    const src = w.indexOf('src');
    const metric = w.indexOf('metric');
    if (routes.length >= MAX_ITEMS) break;
    routes.push({
      destination,
      ...(via !== -1 && ipv4(w[via + 1]) !== null ? { gateway: w[via + 1] } : {}),
      interfaceName: w[dev + 1],
      ...(src !== -1 && ipv4(w[src + 1]) !== null ? { interfaceAddress: w[src + 1] } : {}),
      ...(metric !== -1 && /^\d+$/.test(w[metric + 1] ?? '')
        ? { metric: Number(w[metric + 1]) }
        : {}),
      format: 'ip-route',
    });
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// ifconfig (macOS and Linux net-tools) and macOS netstat -rn
// ---------------------------------------------------------------------------------------------

function readIfconfig(lines: readonly string[], out: DumpInterface[]): boolean {
  let seen = false;
  let current: { name: string; up: boolean; addresses: DumpAddress[]; active?: boolean } | null =
    null;
  const flush = () => {
    if (!current) return;
    const driver = unixDriver(current.name);
    // A utun with IPv4 is a VPN; macOS keeps utun0… with link-local IPv6 for its own services.
    const isVpn = driver !== undefined && (driver !== 'utun' || current.addresses.length > 0);
    if (out.length < MAX_ITEMS) {
      out.push({
        name: current.name,
        kind: isVpn ? 'vpn' : kindOf(current.name, undefined),
        ...(isVpn && driver ? { driver } : {}),
        addresses: current.addresses,
        up: current.up && current.active !== false,
        format: 'ifconfig',
      });
    }
    current = null;
  };
  for (const line of lines) {
    const flagsAt = line.indexOf(': flags=');
    if (flagsAt > 0 && !line.startsWith(' ') && !line.startsWith('\t')) {
      flush();
      seen = true;
      const lt = line.indexOf('<', flagsAt);
      const gt = line.indexOf('>', lt);
      const flags = lt === -1 || gt === -1 ? [] : line.slice(lt + 1, gt).split(',');
      current = { name: line.slice(0, flagsAt), up: flags.includes('UP'), addresses: [] };
      continue;
    }
    if (!current) continue;
    const w = words(line);
    if (w[0] === 'status:') current.active = w[1] === 'active';
    if (w[0] !== 'inet' || !w[1]) continue;
    const address = w[1].startsWith('addr:') ? w[1].slice(5) : w[1];
    if (ipv4(address) === null || current.addresses.length >= 64) continue;
    const maskAt = w.findIndex((x) => x === 'netmask' || x.startsWith('Mask:'));
    const maskText =
      maskAt === -1 ? undefined : w[maskAt] === 'netmask' ? w[maskAt + 1] : w[maskAt]?.slice(5);
    current.addresses.push(withPrefix(address, maskText ? maskToPrefix(maskText) : null));
  }
  flush();
  return seen;
}

/** macOS abbreviates destinations: `127` = 127/8, `172.16` = 172.16/16, `10.8/24`. */
function bsdDestination(text: string): string | null {
  if (text === 'default') return '0.0.0.0/0';
  const slash = text.indexOf('/');
  const addr = slash === -1 ? text : text.slice(0, slash);
  const parts = addr.split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  while (parts.length < 4) parts.push('0');
  const v = ipv4(parts.join('.'));
  const prefix = slash === -1 ? addr.split('.').length * 8 : Number(text.slice(slash + 1));
  if (v === null || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return null;
  return cidrFrom(v, prefix).normalized;
}

function readNetstat(lines: readonly string[], routes: DumpRoute[]): boolean {
  let seen = false;
  let inInternet = false;
  let netifColumn = -1;
  for (const line of lines) {
    const t = line.trim();
    if (t === 'Internet:') {
      inInternet = true;
      continue;
    }
    if (t === 'Internet6:') {
      inInternet = false;
      continue;
    }
    if (!inInternet) continue;
    const w = words(line);
    if (w[0] === 'Destination') {
      seen = true;
      netifColumn = w.indexOf('Netif');
      continue;
    }
    if (netifColumn === -1 || w.length < 3) continue;
    const destination = bsdDestination(w[0] ?? '');
    if (destination === null) continue;
    const gateway = w[1] ?? '';
    const iface = w[Math.min(netifColumn, w.length - 1)] ?? w[3];
    if (routes.length >= MAX_ITEMS) break;
    routes.push({
      destination,
      ...(ipv4(gateway) !== null ? { gateway } : {}),
      ...(iface ? { interfaceName: iface } : {}),
      format: 'netstat-rn',
    });
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Reading a dump
// ---------------------------------------------------------------------------------------------

const LINK_LOCAL = cidrFrom(ipv4('169.254.0.0') ?? 0, 16);

/**
 * Reads every supported output found in `text`. Returns null when none is recognised.
 * Never throws.
 */
export function readNetworkDump(text: string): NetworkDump | null {
  try {
    return readUnsafe(typeof text === 'string' ? text : '');
  } catch {
    return null;
  }
}

function readUnsafe(text: string): NetworkDump | null {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines[0]?.charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  const interfaces: DumpInterface[] = [];
  const routes: DumpRoute[] = [];
  const formats: DumpFormat[] = [];
  if (readIpconfig(lines, interfaces)) formats.push('ipconfig');
  if (readRoutePrint(lines, routes)) formats.push('route-print');
  formats.push(...readPowerShell(lines, interfaces));
  if (readIpAddr(lines, interfaces)) formats.push('ip-addr');
  if (readIpRoute(lines, routes)) formats.push('ip-route');
  if (readIfconfig(lines, interfaces)) formats.push('ifconfig');
  if (readNetstat(lines, routes)) formats.push('netstat-rn');
  if (formats.length === 0) return null;

  const clientLans = new Set<string>();
  const vpnAddresses: DumpAddress[] = [];
  const vpnNames = new Set<string>();
  const vpnIps = new Set<string>();
  for (const i of interfaces) {
    if (i.kind === 'vpn') {
      vpnNames.add(i.name);
      for (const a of i.addresses) {
        vpnIps.add(a.address);
        if (!vpnAddresses.some((x) => x.address === a.address && x.cidr === a.cidr))
          vpnAddresses.push(a);
      }
      continue;
    }
    if (i.kind !== 'lan' || !i.up) continue;
    for (const a of i.addresses) {
      const v = ipv4(a.address);
      if (!a.cidr || v === null || (v >= LINK_LOCAL.first && v <= LINK_LOCAL.last)) continue;
      clientLans.add(a.cidr);
    }
  }
  // Route print names interfaces by address, netstat/ip route by name.
  const vpnRoutes = new Set<string>();
  for (const r of routes) {
    const viaVpn =
      (r.interfaceName !== undefined &&
        (vpnNames.has(r.interfaceName) || unixDriver(r.interfaceName) !== undefined)) ||
      (r.interfaceAddress !== undefined && vpnIps.has(r.interfaceAddress));
    if (!viaVpn) continue;
    const [net, prefix] = r.destination.split('/');
    // Host routes to the adapter's own address and its broadcast say nothing about pushed routes.
    if (prefix === '32' && (vpnIps.has(net ?? '') || (net ?? '').endsWith('.255'))) continue;
    vpnRoutes.add(r.destination);
  }
  return {
    formats,
    interfaces,
    routes,
    clientLans: [...clientLans],
    vpnAddresses,
    vpnRoutes: [...vpnRoutes],
  };
}
