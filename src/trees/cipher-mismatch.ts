import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the data channel uses a cipher other than the one configured on the server
 * (SEED-FAQ "SSL-VPN接続がデータ暗号化に指定されていない暗号化アルゴリズムを使用するのはなぜですか",
 * domain-facts §5). The client-side “OPTIONS ERROR: failed to negotiate cipher with server” (OpenVPN
 * 2.6 no longer falls back to --cipher; v2.6 ssl_ncp.c) leads to cipher-fallback-removed. Words: `locales/<lang>/tree-cipher-mismatch.json`.
 */
export const cipherMismatch = {
  id: 'cipher-mismatch',
  root: 'platform',
  nodes: [
    platformQuestion('log-cipher'),
    {
      kind: 'question',
      id: 'log-cipher',
      options: [
        { id: 'negotiated', next: 'ncp-negotiated' },
        { id: 'configured', next: 'old-client-uses-configured-cipher' },
        { id: 'no-shared-cipher', next: 'no-shared-cipher' },
        { id: 'cipher-fallback', next: 'cipher-fallback-removed' },
        { id: 'not-found', next: 'client-version' },
      ],
    },
    {
      kind: 'question',
      id: 'client-version',
      options: [
        { id: 'before-2-4', next: 'old-client-uses-configured-cipher' },
        { id: 'openvpn-2-4-or-later', next: 'ncp-negotiated' },
        { id: 'tunnelblick', next: 'ncp-negotiated' },
        { id: 'unsure', next: 'ncp-negotiated' },
      ],
    },
    { kind: 'diagnosis', id: 'ncp-negotiated' },
    { kind: 'diagnosis', id: 'old-client-uses-configured-cipher' },
    { kind: 'diagnosis', id: 'no-shared-cipher' },
    { kind: 'diagnosis', id: 'cipher-fallback-removed' },
  ],
} as const satisfies Tree;
