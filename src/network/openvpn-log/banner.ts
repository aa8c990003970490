/**
 * The version banner: OpenVPN 2.x (`OpenVPN 2.6.8 [git:v2.6.8/3b0d9489cc423da3] Windows [SSL
 * (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] [DCO] built on Nov 17 2023`; options.c:67-113; the
 * Windows target is `Windows-MSVC` up to 2.6.6 and `Windows` from 2.6.7, openvpn-facts.md §4),
 * ics-openvpn (`OpenVPN 2.6-icsopenvpn [git:…] arm64-v8a …`) and OpenVPN 3 core / OpenVPN
 * Connect (`OpenVPN core 3.8.2 win x86_64 64-bit`, OVPN3 openvpn/common/platform_string.hpp).
 */
import type { ClientInfo, ClientPlatform } from './types';

const RE_V2 =
  /OpenVPN (\d{1,2})\.(\d{1,3})(?:\.(\d{1,3}))?((?:_|-)[0-9A-Za-z.]{1,40})?(?: \[git:[^\]]{0,120}\])? ([A-Za-z0-9_.]{1,40}(?:-[A-Za-z0-9_.-]{1,60})?)(?= \[|\s|$)/y;
const RE_V3 = /OpenVPN core (\d{1,2})\.(\d{1,3})(?:\.(\d{1,3}))?\S{0,80} ([a-z]{2,10}) (\S{1,20})/y;
const RE_SSL = /\[SSL \(([^)]{1,40})\)\]/;

export function platformOf(target: string, suffix = ''): ClientPlatform {
  const t = `${target} ${suffix}`.toLowerCase();
  if (
    t.includes('icsopenvpn') ||
    t.includes('android') ||
    t.includes('armeabi') ||
    t.includes('arm64-v8a')
  )
    return 'android';
  if (t.includes('ios')) return 'ios';
  if (/windows|mingw|msvc|win32|win64|cygwin|\bwin\b/.test(t)) return 'windows';
  if (/darwin|apple|macos|\bmac\b|\bosx\b/.test(t)) return 'macos';
  if (t.includes('linux')) return 'linux';
  return 'other';
}

/** Reads a banner from a line, or null. Looks at the first three `OpenVPN ` in the line. */
export function parseBanner(text: string, line: number): ClientInfo | null {
  let at = text.indexOf('OpenVPN ');
  for (let tries = 0; at !== -1 && tries < 3; tries++) {
    if (text.startsWith('OpenVPN core ', at)) {
      RE_V3.lastIndex = at;
      const m = RE_V3.exec(text);
      if (m) {
        const patch = m[3] === undefined ? null : Number(m[3]);
        return {
          version: `${m[1]}.${m[2]}${m[3] === undefined ? '' : `.${m[3]}`}`,
          major: Number(m[1]),
          minor: Number(m[2]),
          patch,
          target: `${m[4]} ${m[5]}`,
          platform: platformOf(m[4] ?? ''),
          ssl: null,
          dcoBuild: false,
          libraries: null,
          family: 'openvpn3',
          line,
        };
      }
    } else {
      RE_V2.lastIndex = at;
      const m = RE_V2.exec(text);
      const target = m?.[5] ?? '';
      // The banner has a build target (with a dash, or `Windows`) right after the version.
      if (m && (target.includes('-') || target === 'Windows')) {
        return {
          version: `${m[1]}.${m[2]}${m[3] === undefined ? '' : `.${m[3]}`}${m[4] ?? ''}`,
          major: Number(m[1]),
          minor: Number(m[2]),
          patch: m[3] === undefined ? null : Number(m[3]),
          target,
          platform: platformOf(target, m[4] ?? ''),
          ssl: RE_SSL.exec(text.slice(at, at + 400))?.[1] ?? null,
          dcoBuild: text.includes('[DCO]'),
          libraries: null,
          family: 'openvpn2',
          line,
        };
      }
    }
    at = text.indexOf('OpenVPN ', at + 8);
  }
  return null;
}
