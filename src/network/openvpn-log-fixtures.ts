/**
 * OpenVPN client log excerpts for the tests of {@link ./openvpn-log.ts}. Written for this
 * project (not copied): they follow the line formats of OpenVPN 2.4 (ctime stamps,
 * `Fri Nov 20 09:14:03 2026`), 2.5/2.6 (ISO stamps, `2026-11-20 09:14:03`, as in the Windows
 * GUI), Tunnelblick (ISO with microseconds) and systemd's journal (`Nov 20 09:14:03 host
 * openvpn[pid]: `). Addresses are from the documentation ranges (RFC 5737).
 *
 * @packageDocumentation
 */

/** Joins lines with LF (the tests also try CRLF). */
const log = (...lines: string[]): string => lines.join('\n');

/** Banners. */
export const BANNER_WIN_266 =
  'OpenVPN 2.6.6 [git:v2.6.6/8c3a1f0e2b4d7a95] Windows-MSVC [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] [DCO] built on Aug 15 2023';
export const BANNER_WIN_2412 =
  'OpenVPN 2.4.12 x86_64-w64-mingw32 [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] built on Mar 17 2022';
export const BANNER_LINUX_259 =
  'OpenVPN 2.5.9 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] built on Feb 14 2023';
export const BANNER_LINUX_2412 =
  'OpenVPN 2.4.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] built on Mar 17 2022';
export const BANNER_MAC_2412 =
  'OpenVPN 2.4.12 x86_64-apple-darwin19.6.0 [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [MH/RECVDA] [AEAD] built on Mar 17 2022';

/**
 * Windows, OpenVPN 2.6.6 (GUI log, ISO stamps), UDP: the gateway never answers; two attempts
 * time out. The first TLS timeout is on line 20.
 */
export const WIN_266_TLS_TIMEOUT = log(
  "2026-11-20 09:14:03 DEPRECATED OPTION: --cipher set to 'AES-128-CBC' but missing in --data-ciphers (AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305). OpenVPN ignores --cipher for cipher negotiations. ",
  `2026-11-20 09:14:03 ${BANNER_WIN_266}`,
  '2026-11-20 09:14:03 Windows version 10.0 (Windows 10 or greater), amd64 executable',
  '2026-11-20 09:14:03 library versions: OpenSSL 3.1.2 1 Aug 2023, LZO 2.10',
  '2026-11-20 09:14:03 DCO version: 1.0.0',
  '2026-11-20 09:14:03 MANAGEMENT: TCP Socket listening on [AF_INET]127.0.0.1:25340',
  '2026-11-20 09:14:03 Need hold release from management interface, waiting...',
  '2026-11-20 09:14:04 MANAGEMENT: Client connected from [AF_INET]127.0.0.1:25340',
  "2026-11-20 09:14:04 MANAGEMENT: CMD 'state on'",
  "2026-11-20 09:14:04 MANAGEMENT: CMD 'log on all'",
  "2026-11-20 09:14:04 MANAGEMENT: CMD 'echo on all'",
  "2026-11-20 09:14:04 MANAGEMENT: CMD 'bytecount 5'",
  "2026-11-20 09:14:04 MANAGEMENT: CMD 'hold off'",
  "2026-11-20 09:14:04 MANAGEMENT: CMD 'hold release'",
  '2026-11-20 09:14:04 MANAGEMENT: >STATE:1795133644,RESOLVE,,,,,,',
  '2026-11-20 09:14:04 TCP/UDP: Preserving recently used remote address: [AF_INET]203.0.113.24:1194',
  '2026-11-20 09:14:04 UDPv4 link local: (not bound)',
  '2026-11-20 09:14:04 UDPv4 link remote: [AF_INET]203.0.113.24:1194',
  '2026-11-20 09:14:04 MANAGEMENT: >STATE:1795133644,WAIT,,,,,,',
  '2026-11-20 09:15:04 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
  '2026-11-20 09:15:04 TLS Error: TLS handshake failed',
  '2026-11-20 09:15:04 SIGUSR1[soft,tls-error] received, process restarting',
  '2026-11-20 09:15:04 MANAGEMENT: >STATE:1795133704,RECONNECTING,tls-error,,,,,',
  '2026-11-20 09:15:04 Restart pause, 1 second(s)',
  '2026-11-20 09:15:05 TCP/UDP: Preserving recently used remote address: [AF_INET]203.0.113.24:1194',
  '2026-11-20 09:15:05 UDPv4 link local: (not bound)',
  '2026-11-20 09:15:05 UDPv4 link remote: [AF_INET]203.0.113.24:1194',
  '2026-11-20 09:16:05 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
  '2026-11-20 09:16:05 TLS Error: TLS handshake failed',
  '2026-11-20 09:16:05 SIGUSR1[soft,tls-error] received, process restarting',
  '2026-11-20 09:16:05 Restart pause, 1 second(s)',
  '2026-11-20 09:16:09 SIGTERM[hard,] received, process exiting',
  '2026-11-20 09:16:09 MANAGEMENT: >STATE:1795133769,EXITING,SIGTERM,,,,,',
);

/** One connect cycle of a Linux OpenVPN 2.4.12 client (ctime stamps) that reaches the gateway. */
function linuxConnect(stamp: string, first: boolean): string[] {
  const s = (text: string): string => `${stamp} ${text}`;
  const lines: string[] = [];
  if (first) {
    lines.push(
      s(BANNER_LINUX_2412),
      s('library versions: OpenSSL 1.1.1f  31 Mar 2020, LZO 2.10'),
      s(
        'WARNING: No server certificate verification method has been enabled.  See http://openvpn.net/howto.html#mitm for more info.',
      ),
    );
  } else {
    lines.push(
      s(
        'NOTE: the current --script-security setting may allow this configuration to call user-defined scripts',
      ),
    );
  }
  lines.push(
    s('TCP/UDP: Preserving recently used remote address: [AF_INET]203.0.113.24:1194'),
    s('Socket Buffers: R=[212992->212992] S=[212992->212992]'),
    s('UDP link local: (not bound)'),
    s('UDP link remote: [AF_INET]203.0.113.24:1194'),
    s('TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=1f9e02c4 77ad3b90'),
    s('VERIFY OK: depth=1, C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-ca'),
    s('VERIFY OK: depth=0, C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-server'),
    s('Control Channel: TLSv1.2, cipher TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384, 2048 bit RSA'),
    s('[vpn-gw-server] Peer Connection Initiated with [AF_INET]203.0.113.24:1194'),
    s("SENT CONTROL [vpn-gw-server]: 'PUSH_REQUEST' (status=1)"),
    s(
      "PUSH: Received control message: 'PUSH_REPLY,route 172.16.0.0 255.255.0.0,route-gateway 10.200.0.1,topology subnet,ping 10,ping-restart 60,ifconfig 10.200.0.6 255.255.255.252,peer-id 0,cipher AES-256-GCM'",
    ),
    s('OPTIONS IMPORT: timers and/or timeouts modified'),
    s('OPTIONS IMPORT: --ifconfig/up options modified'),
    s('OPTIONS IMPORT: route options modified'),
    s('OPTIONS IMPORT: peer-id set'),
    s('OPTIONS IMPORT: adjusting link_mtu to 1625'),
    s('OPTIONS IMPORT: data channel crypto options modified'),
    s("Data Channel: using negotiated cipher 'AES-256-GCM'"),
    s("Outgoing Data Channel: Cipher 'AES-256-GCM' initialized with 256 bit key"),
    s("Incoming Data Channel: Cipher 'AES-256-GCM' initialized with 256 bit key"),
  );
  if (first) {
    lines.push(
      s('ROUTE_GATEWAY 192.168.1.1/255.255.255.0 IFACE=wlp2s0 HWADDR=3c:a9:f4:12:5e:80'),
      s('TUN/TAP device tun0 opened'),
      s('TUN/TAP TX queue length set to 100'),
      s('/sbin/ip link set dev tun0 up mtu 1500'),
      s('/sbin/ip addr add dev tun0 10.200.0.6/30 broadcast 10.200.0.7'),
      s('/sbin/ip route add 172.16.0.0/16 via 10.200.0.1'),
    );
  } else {
    lines.push(s('Preserving previous TUN/TAP instance: tun0'));
  }
  lines.push(s('Initialization Sequence Completed'));
  return lines;
}

/** A ping timeout of the Linux 2.4 client, then the restart. */
function linuxPingRestart(stamp: string): string[] {
  return [
    `${stamp} [vpn-gw-server] Inactivity timeout (--ping-restart), restarting`,
    `${stamp} SIGUSR1[soft,ping-restart] received, process restarting`,
    `${stamp} Restart pause, 5 second(s)`,
  ];
}

/** Restart stamps of {@link LINUX_2412_PERIODIC} (every ~31 minutes). */
export const LINUX_PERIODIC_RESTARTS = [
  'Fri Nov 20 09:45:12 2026',
  'Fri Nov 20 10:16:20 2026',
  'Fri Nov 20 10:47:31 2026',
  'Fri Nov 20 11:18:35 2026',
] as const;

/**
 * Linux, OpenVPN 2.4.12 (ctime stamps), UDP: the tunnel comes up, then the keepalive is lost
 * every ~31 minutes; the log ends with the tunnel up again.
 */
export const LINUX_2412_PERIODIC = log(
  ...linuxConnect('Fri Nov 20 09:14:05 2026', true),
  ...linuxPingRestart('Fri Nov 20 09:45:12 2026'),
  ...linuxConnect('Fri Nov 20 09:45:17 2026', false),
  ...linuxPingRestart('Fri Nov 20 10:16:20 2026'),
  ...linuxConnect('Fri Nov 20 10:16:25 2026', false),
  ...linuxPingRestart('Fri Nov 20 10:47:31 2026'),
  ...linuxConnect('Fri Nov 20 10:47:36 2026', false),
  ...linuxPingRestart('Fri Nov 20 11:18:35 2026'),
  ...linuxConnect('Fri Nov 20 11:18:40 2026', false),
);

/**
 * macOS, OpenVPN 2.4.12 (ctime stamps): the client certificate has expired; OpenVPN warns at
 * start, and the gateway rejects the handshake.
 */
export const MAC_2412_CERT_EXPIRED = log(
  `Fri Nov 20 09:14:03 2026 ${BANNER_MAC_2412}`,
  'Fri Nov 20 09:14:03 2026 library versions: OpenSSL 1.1.1n  15 Mar 2022, LZO 2.10',
  'Fri Nov 20 09:14:03 2026 WARNING: Your certificate has expired!',
  'Fri Nov 20 09:14:03 2026 TCP/UDP: Preserving recently used remote address: [AF_INET]198.51.100.7:1194',
  'Fri Nov 20 09:14:03 2026 Socket Buffers: R=[786896->786896] S=[9216->9216]',
  'Fri Nov 20 09:14:03 2026 UDP link local: (not bound)',
  'Fri Nov 20 09:14:03 2026 UDP link remote: [AF_INET]198.51.100.7:1194',
  'Fri Nov 20 09:14:04 2026 TLS: Initial packet from [AF_INET]198.51.100.7:1194, sid=6c2d8e01 a4f3b927',
  'Fri Nov 20 09:14:04 2026 VERIFY OK: depth=1, C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-ca',
  'Fri Nov 20 09:14:04 2026 VERIFY OK: depth=0, C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-server',
  'Fri Nov 20 09:14:04 2026 OpenSSL: error:14094415:SSL routines:ssl3_read_bytes:sslv3 alert certificate expired',
  'Fri Nov 20 09:14:04 2026 TLS_ERROR: BIO read tls_read_plaintext error',
  'Fri Nov 20 09:14:04 2026 TLS Error: TLS object -> incoming plaintext read error',
  'Fri Nov 20 09:14:04 2026 TLS Error: TLS handshake failed',
  'Fri Nov 20 09:14:04 2026 SIGUSR1[soft,tls-error] received, process restarting',
  'Fri Nov 20 09:14:04 2026 Restart pause, 5 second(s)',
);

/**
 * Windows, OpenVPN 2.6.6 (ISO stamps): connects, negotiates AES-256-GCM, comes up; later the
 * TCP link drops every ~20 minutes (proto tcp).
 */
export const WIN_266_TCP_RESETS = log(
  `2026-11-20 09:14:03 ${BANNER_WIN_266}`,
  '2026-11-20 09:14:03 Windows version 10.0 (Windows 10 or greater), amd64 executable',
  '2026-11-20 09:14:03 library versions: OpenSSL 3.1.2 1 Aug 2023, LZO 2.10',
  '2026-11-20 09:14:04 Attempting to establish TCP connection with [AF_INET]203.0.113.24:443',
  '2026-11-20 09:14:04 TCP connection established with [AF_INET]203.0.113.24:443',
  '2026-11-20 09:14:04 TCPv4_CLIENT link local: (not bound)',
  '2026-11-20 09:14:04 TCPv4_CLIENT link remote: [AF_INET]203.0.113.24:443',
  '2026-11-20 09:14:04 TLS: Initial packet from [AF_INET]203.0.113.24:443, sid=9d41c07a 3be2f815',
  '2026-11-20 09:14:04 VERIFY OK: depth=1, C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-ca',
  '2026-11-20 09:14:04 VERIFY KU OK',
  '2026-11-20 09:14:04 Validating certificate extended key usage',
  '2026-11-20 09:14:04 VERIFY EKU OK',
  '2026-11-20 09:14:04 VERIFY OK: depth=0, C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-server',
  '2026-11-20 09:14:04 Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bit RSA, signature: RSA-SHA256',
  '2026-11-20 09:14:04 [vpn-gw-server] Peer Connection Initiated with [AF_INET]203.0.113.24:443',
  "2026-11-20 09:14:05 PUSH: Received control message: 'PUSH_REPLY,route 172.16.0.0 255.255.0.0,route-gateway 10.200.0.1,topology subnet,ping 10,ping-restart 60,ifconfig 10.200.0.6 255.255.255.252,peer-id 0,cipher AES-256-GCM'",
  '2026-11-20 09:14:05 OPTIONS IMPORT: --ifconfig/up options modified',
  '2026-11-20 09:14:05 OPTIONS IMPORT: route options modified',
  '2026-11-20 09:14:05 OPTIONS IMPORT: tun-mtu set to 1500',
  '2026-11-20 09:14:05 interactive service msg_channel=564',
  '2026-11-20 09:14:05 open_tun',
  '2026-11-20 09:14:05 tap-windows6 device [OpenVPN TAP-Windows6] opened',
  '2026-11-20 09:14:05 TAP-Windows Driver Version 9.27',
  '2026-11-20 09:14:05 Set TAP-Windows TUN subnet mode network/local/netmask = 10.200.0.4/10.200.0.6/255.255.255.252 [SUCCEEDED]',
  "2026-11-20 09:14:05 Data Channel: cipher 'AES-256-GCM', peer-id: 0",
  '2026-11-20 09:14:05 Timers: ping 10, ping-restart 60',
  '2026-11-20 09:14:10 Initialization Sequence Completed',
  '2026-11-20 09:34:41 Connection reset, restarting [0]',
  '2026-11-20 09:34:41 SIGUSR1[soft,connection-reset] received, process restarting',
  '2026-11-20 09:34:41 Restart pause, 5 second(s)',
  '2026-11-20 09:34:46 Attempting to establish TCP connection with [AF_INET]203.0.113.24:443',
  '2026-11-20 09:34:46 TCP connection established with [AF_INET]203.0.113.24:443',
  '2026-11-20 09:34:47 [vpn-gw-server] Peer Connection Initiated with [AF_INET]203.0.113.24:443',
  "2026-11-20 09:34:48 Data Channel: cipher 'AES-256-GCM', peer-id: 0",
  '2026-11-20 09:34:48 Preserving previous TUN/TAP instance: OpenVPN TAP-Windows6',
  '2026-11-20 09:34:48 Initialization Sequence Completed',
  '2026-11-20 09:55:02 Connection reset, restarting [0]',
  '2026-11-20 09:55:02 SIGUSR1[soft,connection-reset] received, process restarting',
  '2026-11-20 09:55:02 Restart pause, 5 second(s)',
);

/** One excerpt per signature, with the stamp style it uses. */
export interface Excerpt {
  readonly style: 'iso' | 'ctime' | 'syslog';
  readonly text: string;
}

/** A realistic excerpt for every signature; each contains at least one line of that id. */
export const SIGNATURE_EXCERPTS: Readonly<Record<string, Excerpt>> = {
  'tls-key-negotiation-timeout': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:03 UDPv4 link local: (not bound)',
      '2026-11-20 09:14:03 UDPv4 link remote: [AF_INET]203.0.113.24:1194',
      '2026-11-20 09:15:03 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
      '2026-11-20 09:15:03 TLS Error: TLS handshake failed',
      '2026-11-20 09:15:03 SIGUSR1[soft,tls-error] received, process restarting',
    ),
  },
  'tls-handshake-failed': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 09:14:05 2026 TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=5e1a9c3f 0b7d2e41',
      'Fri Nov 20 09:14:05 2026 OpenSSL: error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca',
      'Fri Nov 20 09:14:05 2026 TLS_ERROR: BIO read tls_read_plaintext error',
      'Fri Nov 20 09:14:05 2026 TLS Error: TLS object -> incoming plaintext read error',
      'Fri Nov 20 09:14:05 2026 TLS Error: TLS handshake failed',
      'Fri Nov 20 09:14:05 2026 SIGUSR1[soft,tls-error] received, process restarting',
    ),
  },
  'tcp-connect-failed': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:04 Attempting to establish TCP connection with [AF_INET]203.0.113.24:443',
      '2026-11-20 09:14:25 TCP: connect to [AF_INET]203.0.113.24:443 failed: Connection timed out (WSAETIMEDOUT) (errno=10060)',
      '2026-11-20 09:14:25 SIGUSR1[connection failed(soft),connection-failed] received, process restarting',
      '2026-11-20 09:14:25 Restart pause, 5 second(s)',
    ),
  },
  'cert-expired': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 09:14:04 2026 TLS: Initial packet from [AF_INET]198.51.100.7:1194, sid=6c2d8e01 a4f3b927',
      'Fri Nov 20 09:14:04 2026 VERIFY ERROR: depth=1, error=certificate has expired: C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-ca',
      'Fri Nov 20 09:14:04 2026 OpenSSL: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed',
      'Fri Nov 20 09:14:04 2026 TLS_ERROR: BIO read tls_read_plaintext error',
      'Fri Nov 20 09:14:04 2026 TLS Error: TLS object -> incoming plaintext read error',
    ),
  },
  'cert-not-yet-valid': {
    style: 'iso',
    // Tunnelblick writes microseconds after the seconds.
    text: log(
      '2026-11-20 09:14:05.118204 TLS: Initial packet from [AF_INET]198.51.100.7:1194, sid=0e5b7c12 d90a4f63',
      '2026-11-20 09:14:05.120933 VERIFY ERROR: depth=0, error=certificate is not yet valid: C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-server',
      '2026-11-20 09:14:05.121018 OpenSSL: error:0A000086:SSL routines::certificate verify failed:',
      '2026-11-20 09:14:05.121087 TLS_ERROR: BIO read tls_read_plaintext error',
    ),
  },
  'cert-self-signed': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:04 TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=77c1a2e9 5b0d3f48',
      '2026-11-20 09:14:04 VERIFY ERROR: depth=1, error=self-signed certificate in certificate chain: C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=old-gw-ca, serial=11250328947163291873',
      '2026-11-20 09:14:04 OpenSSL: error:0A000086:SSL routines::certificate verify failed:',
      '2026-11-20 09:14:04 TLS_ERROR: BIO read tls_read_plaintext error',
    ),
  },
  'cert-verify-failed': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 09:14:04 2026 TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=2a8e61d0 c47f93b5',
      'Fri Nov 20 09:14:04 2026 VERIFY ERROR: depth=0, error=unable to get local issuer certificate: C=CN, ST=ZJ, L=HZ, O=Example, OU=VPN, CN=vpn-gw-server',
      'Fri Nov 20 09:14:04 2026 OpenSSL: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed',
    ),
  },
  'auth-failed': {
    style: 'iso',
    text: log(
      "2026-11-20 09:14:05 SENT CONTROL [vpn-gw-server]: 'PUSH_REQUEST' (status=1)",
      '2026-11-20 09:14:05 AUTH: Received control message: AUTH_FAILED',
      '2026-11-20 09:14:05 SIGTERM[soft,auth-failure] received, process exiting',
    ),
  },
  'auth-failed-cipher': {
    style: 'iso',
    text: log(
      "2026-11-20 09:14:05 SENT CONTROL [vpn-gw-server]: 'PUSH_REQUEST' (status=1)",
      '2026-11-20 09:14:05 AUTH: Received control message: AUTH_FAILED,Data channel cipher negotiation failed (no shared cipher)',
      '2026-11-20 09:14:05 SIGTERM[soft,auth-failure] received, process exiting',
    ),
  },
  'cipher-negotiation-failed': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:05 [vpn-gw-server] Peer Connection Initiated with [AF_INET]203.0.113.24:1194',
      "2026-11-20 09:14:07 OPTIONS ERROR: failed to negotiate cipher with server.  Add the server's cipher ('AES-128-CBC') to --data-ciphers (currently 'AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305') if you want to connect to this server.",
      '2026-11-20 09:14:07 ERROR: Failed to apply push options',
      '2026-11-20 09:14:07 Failed to open tun/tap interface',
      '2026-11-20 09:14:07 SIGUSR1[soft,process-push-msg-failed] received, process restarting',
    ),
  },
  'dco-incompatible': {
    style: 'iso',
    text: log(
      `2026-11-20 09:14:03 ${BANNER_WIN_266}`,
      '2026-11-20 09:14:04 [vpn-gw-server] Peer Connection Initiated with [AF_INET]203.0.113.24:1194',
      "2026-11-20 09:14:05 PUSH: Received control message: 'PUSH_REPLY,route 172.16.0.0 255.255.0.0,topology net30,ping 10,ping-restart 60,ifconfig 10.200.0.6 10.200.0.5,peer-id 0,cipher AES-256-GCM'",
      '2026-11-20 09:14:05 OPTIONS ERROR: pushed options are incompatible with data channel offload. Use --disable-dco to connect to this server',
      '2026-11-20 09:14:05 ERROR: Failed to apply push options',
      '2026-11-20 09:14:05 Failed to open tun/tap interface',
      '2026-11-20 09:14:05 SIGUSR1[soft,process-push-msg-failed] received, process restarting',
    ),
  },
  'resolve-failed': {
    style: 'iso',
    text: log(
      `2026-11-20 09:14:03 ${BANNER_LINUX_259}`,
      '2026-11-20 09:14:03 library versions: OpenSSL 3.0.2 15 Mar 2022, LZO 2.10',
      '2026-11-20 09:14:03 RESOLVE: Cannot resolve host address: vpn-gw-1a2b3c.example.com:1194 (Temporary failure in name resolution)',
      '2026-11-20 09:14:03 RESOLVE: Cannot resolve host address: vpn-gw-1a2b3c.example.com:1194 (Temporary failure in name resolution)',
      '2026-11-20 09:14:03 Could not determine IPv4/IPv6 protocol',
      '2026-11-20 09:14:03 SIGUSR1[soft,init_instance] received, process restarting',
    ),
  },
  'options-error': {
    style: 'ctime',
    text: log(
      "Fri Nov 20 09:14:03 2026 Options error: --cert fails with 'client.crt': No such file or directory (errno=2)",
      'Fri Nov 20 09:14:03 2026 Use --help for more information.',
    ),
  },
  'option-inconsistent': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 09:14:04 2026 [vpn-gw-server] Peer Connection Initiated with [AF_INET]203.0.113.24:1194',
      "Fri Nov 20 09:14:04 2026 WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1541', remote='link-mtu 1542'",
      "Fri Nov 20 09:14:04 2026 WARNING: 'comp-lzo' is present in remote config but missing in local config, remote='comp-lzo'",
    ),
  },
  'no-tap-adapter': {
    style: 'ctime',
    text: log(
      `Fri Nov 20 09:14:03 2026 ${BANNER_WIN_2412}`,
      'Fri Nov 20 09:14:03 2026 Windows version 6.2 (Windows 8 or greater) 64bit',
      'Fri Nov 20 09:14:05 2026 open_tun',
      'Fri Nov 20 09:14:05 2026 There are no TAP-Windows adapters on this system.  You should be able to create a TAP-Windows adapter by going to Start -> All Windows Programs -> TAP-Windows -> Utilities -> Add a new TAP-Windows virtual ethernet adapter.',
      'Fri Nov 20 09:14:05 2026 Exiting due to fatal error',
    ),
  },
  'adapters-in-use': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:05 interactive service msg_channel=612',
      '2026-11-20 09:14:05 open_tun',
      '2026-11-20 09:14:05 All tap-windows6 adapters on this system are currently in use or disabled.',
      '2026-11-20 09:14:05 Exiting due to fatal error',
    ),
  },
  'tun-open-failed': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:05 ROUTE_GATEWAY 192.168.1.1/255.255.255.0 IFACE=eth0 HWADDR=52:54:00:8a:3f:11',
      '2026-11-20 09:14:05 ERROR: Cannot open TUN/TAP dev /dev/net/tun: No such file or directory (errno=2)',
      '2026-11-20 09:14:05 Exiting due to fatal error',
    ),
  },
  'route-add-failed': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 09:14:10 2026 C:\\Windows\\system32\\route.exe ADD 172.16.0.0 MASK 255.255.0.0 10.200.0.5',
      'Fri Nov 20 09:14:10 2026 ERROR: route addition failed using CreateIpForwardEntry: Access is denied.   [status=5 if_index=14]',
      'Fri Nov 20 09:14:10 2026 Route addition via IPAPI failed [adaptive]',
      'Fri Nov 20 09:14:10 2026 Route addition fallback to route.exe',
      'Fri Nov 20 09:14:10 2026 ERROR: Windows route add command failed [adaptive]: returned error code 1',
      'Fri Nov 20 09:14:10 2026 Initialization Sequence Completed With Errors ( see http://openvpn.net/faq.html#dhcpclientserv )',
    ),
  },
  'connection-reset': {
    style: 'syslog',
    // systemd's journal (openvpn-client@ suppresses OpenVPN's own stamps).
    text: log(
      'Nov 20 09:14:10 laptop openvpn[2214]: Initialization Sequence Completed',
      'Nov 20 09:34:41 laptop openvpn[2214]: Connection reset, restarting [0]',
      'Nov 20 09:34:41 laptop openvpn[2214]: SIGUSR1[soft,connection-reset] received, process restarting',
      'Nov 20 09:34:41 laptop openvpn[2214]: Restart pause, 5 second(s)',
    ),
  },
  'ping-restart': {
    style: 'ctime',
    text: log(...linuxPingRestart('Fri Nov 20 09:45:12 2026')),
  },
  'process-restarting': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:03 RESOLVE: Cannot resolve host address: vpn-gw-1a2b3c.example.com:1194 (No such host is known. )',
      '2026-11-20 09:14:03 SIGUSR1[soft,init_instance] received, process restarting',
      '2026-11-20 09:14:03 MANAGEMENT: >STATE:1795133643,RECONNECTING,init_instance,,,,,',
      '2026-11-20 09:14:03 Restart pause, 5 second(s)',
    ),
  },
  'process-exiting': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 18:02:44 2026 event_wait : Interrupted system call (code=4)',
      'Fri Nov 20 18:02:44 2026 Closing TUN/TAP interface',
      'Fri Nov 20 18:02:44 2026 /sbin/ip addr del dev tun0 10.200.0.6/30',
      'Fri Nov 20 18:02:44 2026 SIGTERM[hard,] received, process exiting',
    ),
  },
  'exited-fatal-error': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:03 Options error: In [CMD-LINE]:1: Error opening configuration file: config.ovpn',
      '2026-11-20 09:14:03 Use --help for more information.',
      '2026-11-20 09:14:03 Exiting due to fatal error',
    ),
  },
  'mtu-bad-packet-length': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 10:02:17 2026 WARNING: Bad encapsulated packet length from peer (17481), which must be > 0 and <= 1627 -- please ensure that --tun-mtu or --link-mtu is equal on both peers -- this condition could also indicate a possible active attack on the TCP link -- [Attempting restart...]',
      'Fri Nov 20 10:02:17 2026 Connection reset, restarting [0]',
    ),
  },
  'mtu-packet-too-large': {
    style: 'iso',
    text: log(
      '2026-11-20 10:02:17 UDPv4 WRITE [1438] to [AF_INET]203.0.113.24:1194: P_DATA_V2 kid=0 DATA len=1437',
      '2026-11-20 10:02:18 TCP/UDP packet too large on write to [AF_INET]203.0.113.24:1194 (tried=1641,max=1625)',
    ),
  },
  'mtu-frag-error': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 10:02:17 2026 FRAG_IN error flags=0xfa2a187b: FRAG_TEST not implemented',
      'Fri Nov 20 10:02:19 2026 FRAG_IN error flags=0xfa287de4: spurious FRAG_WHOLE flags',
    ),
  },
  'cipher-negotiated': {
    style: 'ctime',
    text: log(
      'Fri Nov 20 09:14:05 2026 OPTIONS IMPORT: data channel crypto options modified',
      "Fri Nov 20 09:14:05 2026 Data Channel: using negotiated cipher 'AES-256-GCM'",
      "Fri Nov 20 09:14:05 2026 Outgoing Data Channel: Cipher 'AES-256-GCM' initialized with 256 bit key",
    ),
  },
  'tunnel-up': {
    style: 'iso',
    text: log(
      "2026-11-20 09:14:05 Data Channel: cipher 'AES-256-GCM', peer-id: 0",
      '2026-11-20 09:14:05 Timers: ping 10, ping-restart 60',
      '2026-11-20 09:14:10 Initialization Sequence Completed',
    ),
  },
  'tunnel-up-with-errors': {
    style: 'iso',
    text: log(
      '2026-11-20 09:14:10 ERROR: Some routes were not successfully added. The connection may not function correctly',
      '2026-11-20 09:14:10 Initialization Sequence Completed With Errors ( see http://openvpn.net/faq.html#dhcpclientserv )',
    ),
  },
  'version-known-issue': {
    style: 'iso',
    text: log(
      `2026-11-20 09:14:03 ${BANNER_WIN_266}`,
      '2026-11-20 09:14:03 Windows version 10.0 (Windows 10 or greater), amd64 executable',
      '2026-11-20 09:14:03 library versions: OpenSSL 3.1.2 1 Aug 2023, LZO 2.10',
      '2026-11-20 09:14:03 DCO version: 1.0.0',
    ),
  },
};
