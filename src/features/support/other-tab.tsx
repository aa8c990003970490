import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import type { SupportCase } from './cases';
import { supportStore } from './support-store';
import { useSupportState } from './use-support';

const CHANNEL = 'sslvpn-doctor.support.tabs';

type Message =
  | { readonly type: 'who'; readonly treeId: string; readonly caseId: string }
  | { readonly type: 'open'; readonly treeId: string; readonly caseId: string };

function isMessage(v: unknown): v is Message {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    (o.type === 'who' || o.type === 'open') &&
    typeof o.treeId === 'string' &&
    typeof o.caseId === 'string'
  );
}

/**
 * Tabs in support mode answer each other over a BroadcastChannel (same origin, never the
 * network): a tab that starts a case asks whether another tab has a case of the same symptom
 * open, and if so says so and offers to continue that case here instead.
 */
export function OtherTabNotice({ treeId, current }: { treeId: string; current: SupportCase }) {
  const { t } = useT('support');
  const lang = useLang();
  const navigate = useNavigate();
  const { cases } = useSupportState();
  const [otherId, setOtherId] = useState<string | undefined>();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (!isMessage(m) || m.treeId !== treeId || m.caseId === current.id) return;
      if (m.type === 'who') ch.postMessage({ type: 'open', treeId, caseId: current.id });
      else setOtherId(m.caseId);
    };
    ch.postMessage({ type: 'who', treeId, caseId: current.id });
    return () => ch.close();
  }, [treeId, current.id]);
  const other = cases.find((c) => c.id === otherId);
  if (!other) return null;
  const empty =
    Object.keys(current.answers).length === 0 && Object.keys(current.notes).length === 0;
  return (
    <div className="notice" role="status" data-other-tab>
      <p>{t('otherTab.open', { id: other.id })}</p>
      <p>
        <button
          type="button"
          className="button secondary small"
          onClick={() => {
            supportStore.openCase(other.id);
            if (empty) supportStore.deleteCase(current.id);
            setOtherId(undefined);
            void navigate(paths.diagnose.href(lang, treeId, other.answers));
          }}
        >
          {t('otherTab.continue', { id: other.id })}
        </button>{' '}
        <button
          type="button"
          className="button secondary small"
          onClick={() => setOtherId(undefined)}
        >
          {t('otherTab.keep')}
        </button>
      </p>
    </div>
  );
}
