/**
 * OpenVPN log analyzer: recognises the lines of OpenVPN 2.3–2.6 clients and servers (ctime, ISO,
 * `us=`, `--machine-readable-output`, Windows GUI, Tunnelblick, syslog/journal, container
 * prefixes, ics-openvpn) and OpenVPN Connect / OpenVPN 3, models the connection attempts and
 * ranks findings with their evidence lines, severity in context, cause id and reason code.
 *
 * Pure: no DOM, no i18n, no words (ids and codes only; the UI translates them from
 * `locales/<lang>/log.json`). Every exported function is total and runs in linear time.
 *
 * @packageDocumentation
 */
import { Analyzer } from './analyzer';
import type { LogAnalysis, LogAnalyzer, LogInputClass } from './types';

export * from './types';
export {
  SIGNATURE_IDS,
  SIGNATURES,
  CAUSE_TREES,
  DEFAULT_CAUSE_TREE,
  CONNECT_EVENTS,
  type SignatureId,
  type SignatureSpec,
  type BaseSeverity,
} from './signatures';
export { parseBanner, platformOf } from './banner';
export { provenAnswers, findingLink, linkPath, type FindingLinkTarget } from './links';

/** A streaming analyzer for big logs (e.g. read in chunks in a worker). */
export function createLogAnalyzer(): LogAnalyzer {
  return new Analyzer();
}

/** Analyzes a whole log. Same result as pushing it in any chunks to {@link createLogAnalyzer}. */
export function analyzeLog(text: string): LogAnalysis {
  const analyzer = new Analyzer();
  analyzer.push(typeof text === 'string' ? text : '');
  return analyzer.finish();
}

/**
 * What a file holds, before decoding it: `empty` (no bytes, or only white space), `binary` (NUL
 * bytes), `not-utf8` (not valid UTF-8, including UTF-16 with a byte-order mark, which PowerShell
 * redirection writes) or `ok`.
 */
export function classifyLogInput(bytes: Uint8Array): LogInputClass {
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) return 'empty';
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'not-utf8';
    if (bytes.indexOf(0) !== -1) return 'binary';
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'not-utf8';
    }
    return text.trim() === '' ? 'empty' : 'ok';
  } catch {
    return 'binary';
  }
}
