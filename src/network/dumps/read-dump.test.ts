import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskToPrefix, readNetworkDump, type NetworkDump } from './read-dump';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
function read(name: string): NetworkDump {
  const dump = readNetworkDump(fixture(name));
  if (!dump) throw new Error(`${name} not recognised`);
  return dump;
}

describe('maskToPrefix', () => {
  it('reads dotted and hex masks and rejects holes', () => {
    expect(maskToPrefix('255.255.255.0')).toBe(24);
    expect(maskToPrefix('255.255.255.252')).toBe(30);
    expect(maskToPrefix('0.0.0.0')).toBe(0);
    expect(maskToPrefix('0xffffff00')).toBe(24);
    expect(maskToPrefix('0xff000000')).toBe(8);
    expect(maskToPrefix('255.0.255.0')).toBeNull();
    expect(maskToPrefix('junk')).toBeNull();
  });
});

describe('readNetworkDump', () => {
  it('ipconfig /all (English): LAN, the DCO adapter, a disconnected TAP adapter', () => {
    const d = read('windows-ipconfig-all-en.txt');
    expect(d.formats).toEqual(['ipconfig']);
    expect(d.interfaces.map((i) => [i.name, i.kind, i.driver ?? '-', i.up])).toEqual([
      ['Ethernet', 'lan', '-', false],
      ['OpenVPN Data Channel Offload', 'vpn', 'ovpn-dco', true],
      ['Wi-Fi', 'lan', '-', true],
      ['Local Area Connection', 'vpn', 'tap-windows', false],
    ]);
    expect(d.clientLans).toEqual(['172.16.5.0/24']);
    expect(d.vpnAddresses).toEqual([{ address: '10.8.0.2', prefix: 24, cidr: '10.8.0.0/24' }]);
    expect(d.interfaces.find((i) => i.name === 'Wi-Fi')?.gateway).toBe('172.16.5.1');
  });

  it('ipconfig /all (Japanese): IPv4 アドレス, サブネット マスク, a Wintun adapter, a disconnected Wi-Fi', () => {
    const d = read('windows-ipconfig-all-ja.txt');
    expect(d.formats).toEqual(['ipconfig']);
    expect(d.interfaces.map((i) => [i.name, i.kind, i.driver ?? '-', i.up])).toEqual([
      ['イーサネット', 'lan', '-', true],
      ['OpenVPN Wintun', 'vpn', 'wintun', true],
      ['Wi-Fi', 'lan', '-', false],
    ]);
    expect(d.clientLans).toEqual(['192.168.0.0/24']);
    expect(d.vpnAddresses).toEqual([
      { address: '192.168.0.6', prefix: 30, cidr: '192.168.0.4/30' },
    ]);
    expect(d.interfaces[0]?.gateway).toBe('192.168.0.1');
  });

  it('route print with ipconfig: pushed routes through the VPN adapter', () => {
    const d = readNetworkDump(
      fixture('windows-ipconfig-all-en.txt') + fixture('windows-route-print-en.txt'),
    );
    expect(d?.formats).toEqual(['ipconfig', 'route-print']);
    expect(d?.routes.find((r) => r.destination === '0.0.0.0/0')).toMatchObject({
      gateway: '172.16.5.1',
      interfaceAddress: '172.16.5.23',
      metric: 35,
    });
    expect(d?.vpnRoutes).toEqual(['10.8.0.0/24', '172.16.0.0/16']);
  });

  it('route print (Japanese): リンク上 is on-link', () => {
    const d = readNetworkDump(
      fixture('windows-ipconfig-all-ja.txt') + fixture('windows-route-print-ja.txt'),
    );
    expect(d?.routes.find((r) => r.destination === '192.168.0.0/24')).toEqual({
      destination: '192.168.0.0/24',
      interfaceAddress: '192.168.0.15',
      metric: 281,
      format: 'route-print',
    });
    expect(d?.vpnRoutes).toEqual(['192.168.0.4/30', '192.168.100.0/24']);
  });

  it('route print alone has routes but no interfaces', () => {
    const d = read('windows-route-print-en.txt');
    expect(d.formats).toEqual(['route-print']);
    expect(d.routes).toHaveLength(12);
    expect(d.interfaces).toEqual([]);
  });

  it('Get-NetIPConfiguration: addresses without prefix; Get-NetIPAddress: with prefix', () => {
    const c = read('windows-get-netipconfiguration.txt');
    expect(c.formats).toEqual(['get-netipconfiguration']);
    expect(c.vpnAddresses).toEqual([{ address: '10.8.0.2' }]);
    expect(c.clientLans).toEqual([]);
    expect(c.interfaces[0]).toMatchObject({
      name: 'Wi-Fi',
      gateway: '172.16.5.1',
      addresses: [{ address: '172.16.5.23' }],
    });
    const a = read('windows-get-netipaddress.txt');
    expect(a.formats).toEqual(['get-netipaddress']);
    expect(a.clientLans).toEqual(['172.16.5.0/24']);
    expect(a.vpnAddresses).toEqual([{ address: '10.8.0.2', prefix: 24, cidr: '10.8.0.0/24' }]);
    expect(a.interfaces.find((i) => i.kind === 'loopback')?.name).toBe(
      'Loopback Pseudo-Interface 1',
    );
  });

  it('ip addr / ip route of this machine (real output)', () => {
    const d = readNetworkDump(
      fixture('linux-ip-addr.real.txt') + fixture('linux-ip-route.real.txt'),
    );
    expect(d?.formats).toEqual(['ip-addr', 'ip-route']);
    expect(d?.interfaces.map((i) => [i.name, i.kind])).toEqual([
      ['lo', 'loopback'],
      ['eth0', 'lan'],
    ]);
    expect(d?.clientLans).toEqual(['192.0.2.0/24']);
    expect(d?.routes.map((r) => [r.destination, r.gateway ?? '-', r.interfaceName])).toEqual([
      ['0.0.0.0/0', '192.0.2.1', 'eth0'],
      ['192.0.2.0/24', '-', 'eth0'],
    ]);
  });

  it('ip addr / ip route of a Linux client with tun0', () => {
    const d = read('linux-client-ip-addr-route.txt');
    expect(d.clientLans).toEqual(['192.168.1.0/24']);
    expect(d.vpnAddresses).toEqual([{ address: '10.8.0.2', prefix: 24, cidr: '10.8.0.0/24' }]);
    expect(d.vpnRoutes).toEqual(['10.8.0.0/24', '172.16.0.0/16']);
  });

  it('Linux net-tools ifconfig (real output)', () => {
    const d = read('linux-ifconfig.real.txt');
    expect(d.formats).toEqual(['ifconfig']);
    expect(d.clientLans).toEqual(['192.0.2.0/24']);
    expect(d.interfaces.find((i) => i.name === 'lo')?.kind).toBe('loopback');
  });

  it('macOS ifconfig and netstat -rn: utun3 is the VPN, utun0 (IPv6 only) is not', () => {
    const d = readNetworkDump(fixture('macos-ifconfig.txt') + fixture('macos-netstat-rn.txt'));
    expect(d?.formats).toEqual(['ifconfig', 'netstat-rn']);
    expect(d?.interfaces.map((i) => [i.name, i.kind])).toEqual([
      ['lo0', 'loopback'],
      ['en0', 'lan'],
      ['utun0', 'lan'],
      ['utun3', 'vpn'],
    ]);
    expect(d?.clientLans).toEqual(['192.168.10.0/24']);
    expect(d?.vpnAddresses).toEqual([{ address: '10.8.0.2', prefix: 24, cidr: '10.8.0.0/24' }]);
    expect(d?.vpnRoutes).toEqual(['0.0.0.0/1', '10.8.0.0/24', '128.0.0.0/1', '172.16.0.0/16']);
  });

  it('is null for text that is no dump, and never throws', () => {
    expect(readNetworkDump('hello world')).toBeNull();
    expect(readNetworkDump('')).toBeNull();
    for (const junk of [
      '\u0000'.repeat(100),
      ': flags=',
      '1: : <',
      'Internet:\nDestination Netif\n',
    ]) {
      expect(() => readNetworkDump(junk)).not.toThrow();
    }
  });

  it('stays fast on a 5 MB paste', () => {
    const big = fixture('windows-ipconfig-all-en.txt').repeat(2500);
    const t = performance.now();
    readNetworkDump(big);
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
