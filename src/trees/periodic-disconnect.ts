import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the client is disconnected periodically (SEED-FAQ "クライアントが定期的にSSLサーバー
 * から切断した場合"). Words: `locales/<lang>/tree-periodic-disconnect.json`.
 */
export const periodicDisconnect = {
  id: 'periodic-disconnect',
  root: 'platform',
  nodes: [
    platformQuestion('server-changed'),
    {
      kind: 'question',
      id: 'server-changed',
      options: [
        { id: 'yes', next: 'server-config-changed' },
        { id: 'no', next: 'disconnect-log' },
        { id: 'unsure', next: 'all-at-once' },
      ],
    },
    {
      kind: 'question',
      id: 'all-at-once',
      options: [
        { id: 'all', next: 'server-config-changed' },
        { id: 'some', next: 'disconnect-log' },
        { id: 'unsure', next: 'disconnect-log' },
      ],
    },
    {
      kind: 'question',
      id: 'disconnect-log',
      options: [
        { id: 'ping-restart', next: 'drop-pattern' },
        { id: 'connection-reset', next: 'line-quality' },
        { id: 'auth-failed', next: 'auth-when' },
        { id: 'other', next: 'drop-pattern' },
        { id: 'no-log', next: 'drop-pattern' },
      ],
    },
    {
      kind: 'question',
      id: 'auth-when',
      options: [
        { id: 'after-reconnect', next: 'auth-token-expired' },
        { id: 'at-renegotiation', next: 'renegotiation-mfa-drop' },
        { id: 'unsure', next: 'auth-token-expired' },
      ],
    },
    {
      kind: 'question',
      id: 'drop-pattern',
      options: [
        { id: 'fixed-interval', next: 'reneg-prompt' },
        { id: 'after-idle', next: 'nat-idle-timeout' },
        { id: 'after-sleep', next: 'sleep-roaming' },
        { id: 'two-computers', next: 'shared-client-cert' },
        { id: 'random', next: 'protocol' },
        { id: 'unsure', next: 'protocol' },
      ],
    },
    {
      kind: 'question',
      id: 'reneg-prompt',
      options: [
        { id: 'yes', next: 'renegotiation-mfa-drop' },
        { id: 'no', next: 'protocol' },
        { id: 'unsure', next: 'protocol' },
      ],
    },
    {
      kind: 'question',
      id: 'protocol',
      options: [
        { id: 'udp', next: 'long-distance' },
        { id: 'tcp', next: 'line-quality' },
        { id: 'unsure', next: 'long-distance' },
      ],
    },
    {
      kind: 'question',
      id: 'long-distance',
      options: [
        { id: 'yes', next: 'udp-long-distance' },
        { id: 'no', next: 'line-quality' },
        { id: 'unsure', next: 'line-quality' },
      ],
    },
    {
      kind: 'check',
      id: 'line-quality',
      outcomes: { pass: 'read-the-logs', fail: 'unstable-internet', unsure: 'unstable-internet' },
    },
    { kind: 'diagnosis', id: 'server-config-changed' },
    { kind: 'diagnosis', id: 'auth-token-expired' },
    { kind: 'diagnosis', id: 'renegotiation-mfa-drop' },
    { kind: 'diagnosis', id: 'nat-idle-timeout' },
    { kind: 'diagnosis', id: 'sleep-roaming' },
    { kind: 'diagnosis', id: 'shared-client-cert' },
    { kind: 'diagnosis', id: 'udp-long-distance' },
    { kind: 'diagnosis', id: 'unstable-internet' },
    { kind: 'diagnosis', id: 'read-the-logs' },
  ],
} as const satisfies Tree;
