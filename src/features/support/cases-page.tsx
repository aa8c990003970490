import './support.css';
import { useRef, useState } from 'react';
import { Link, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { causeNamespace, resolve, treeNamespace } from '@/engine';
import { evaluators } from '@/network/evaluators';
import { causeIds, findTree, trees } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang, type Lang } from '@/i18n/langs';
import { looseT, useLang, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { platformKey } from '@/i18n/use-terms';
import { formatTime } from './case-record';
import type { SupportCase } from './cases';
import { StorageMessage } from './storage-message';
import { supportStore } from './support-store';
import { useSupportState } from './use-support';

/** The case history's head. */
export const supportCasesHead: HeadFn = ({ t }) => ({
  title: [t('history.title', { ns: 'support' })],
});

/** Loads the words of the page: the support namespace, symptom titles and cause titles. */
export async function supportCasesLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, [
    'common',
    'support',
    ...trees.map((t) => treeNamespace(t.id)),
    ...causeIds().map(causeNamespace),
  ]);
  return null;
}

function localTime(iso: string): string {
  return formatTime(iso, -new Date(iso).getTimezoneOffset());
}

/** Where a case stands: its diagnosis, or how many steps are answered. */
function useCaseStatus() {
  const { t } = useT(['support', 'common']);
  return (c: SupportCase): string => {
    const tree = findTree(c.treeId);
    if (!tree) return '';
    const r = resolve(tree, c.answers, { evaluators });
    if (r.done) {
      const terms: unknown = t(`common:terms.${platformKey(c.answers)}`, { returnObjects: true });
      const names = typeof terms === 'object' && terms !== null ? terms : {};
      return looseT(t)('title', { ns: causeNamespace(r.current.id), ...names });
    }
    return t('support:history.inProgress', { count: r.trail.length });
  };
}

/** `/<lang>/support/cases`: the cases saved in this browser, to reopen or delete. */
export function SupportCasesPage() {
  const lang = useLang();
  const { t } = useT(['support', 'common']);
  const navigate = useNavigate();
  const state = useSupportState();
  const status = useCaseStatus();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cases = state.cases;

  const reopen = (c: SupportCase) => {
    supportStore.setMode(true);
    supportStore.openCase(c.id);
    void navigate(paths.diagnose.href(lang, c.treeId, c.answers, { support: '1' }));
  };
  const remove = (c: SupportCase) => {
    const r = supportStore.deleteCase(c.id);
    if (r.ok) setMessage(t('support:history.deleted', { id: c.id }));
    else setMessage('');
    headingRef.current?.focus();
  };
  const removeAll = () => {
    const r = supportStore.deleteAll();
    setConfirming(false);
    setMessage(r.ok ? t('support:history.deletedAll') : '');
    headingRef.current?.focus();
  };

  return (
    <main id="main" tabIndex={-1} data-page="support-cases">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('support:history.title')}
      </h1>
      <p className="lead">{t('support:history.lead')}</p>
      {state.readError ? (
        <p className="support-storage-error" role="alert">
          {t('support:storage.readFailed')}
        </p>
      ) : null}
      <StorageMessage place="history" />
      <p role="status" className="support-status">
        {message}
      </p>
      {cases.length === 0 ? (
        <p>{t('support:history.empty')}</p>
      ) : (
        <>
          <p>{t('support:history.count', { count: cases.length })}</p>
          <ul className="support-case-list">
            {cases.map((c) => (
              <CaseItem
                key={c.id}
                c={c}
                lang={lang}
                current={c.id === state.currentId}
                status={status(c)}
                onReopen={() => reopen(c)}
                onDelete={() => remove(c)}
              />
            ))}
          </ul>
          {confirming ? (
            <div className="support-confirm" role="group" aria-labelledby="support-confirm-text">
              <p id="support-confirm-text">
                {t('support:history.confirmDeleteAll', { count: cases.length })}
              </p>
              <div className="support-actions">
                <button type="button" className="button danger" onClick={removeAll}>
                  {t('support:history.confirmYes')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setConfirming(false)}
                >
                  {t('support:history.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <p>
              <button
                type="button"
                className="button secondary"
                onClick={() => setConfirming(true)}
              >
                {t('support:history.deleteAll')}
              </button>
            </p>
          )}
        </>
      )}
      <p>
        <Link to={paths.home.href(lang)}>{t('support:history.back')}</Link>
      </p>
    </main>
  );
}

interface ItemProps {
  readonly c: SupportCase;
  readonly lang: Lang;
  readonly current: boolean;
  readonly status: string;
  readonly onReopen: () => void;
  readonly onDelete: () => void;
}

function CaseItem({ c, current, status, onReopen, onDelete }: ItemProps) {
  const { t } = useT(['support', 'common']);
  const tree = findTree(c.treeId);
  const symptom = tree
    ? looseT(t)('title', { ns: treeNamespace(tree.id) })
    : t('support:history.unknownSymptom', { id: c.treeId });
  const titleId = `case-${c.id}-title`;
  const hidden = `${symptom} ${t('support:case.caseId', { id: c.id })}`;
  return (
    <li className="support-case-item" data-case-id={c.id}>
      <h2 id={titleId} className="support-case-title">
        {symptom}{' '}
        <span className="support-case-id">
          {t('support:case.caseId', { id: c.id })}
          {current ? ` ${t('support:history.current')}` : ''}
        </span>
      </h2>
      <dl className="support-case-facts">
        {c.reference ? (
          <div>
            <dt>{t('support:history.reference')}</dt>
            <dd>{c.reference}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('support:history.status')}</dt>
          <dd>{status}</dd>
        </div>
        <div>
          <dt>{t('support:history.started')}</dt>
          <dd>{localTime(c.startedAt)}</dd>
        </div>
        <div>
          <dt>{t('support:history.updated')}</dt>
          <dd>{localTime(c.updatedAt)}</dd>
        </div>
      </dl>
      <div className="support-actions">
        {tree ? (
          <button type="button" className="button" onClick={onReopen}>
            {t('support:history.reopen')}
            <span className="visually-hidden"> {hidden}</span>
          </button>
        ) : null}
        <button type="button" className="button secondary" onClick={onDelete}>
          {t('support:history.delete')}
          <span className="visually-hidden"> {hidden}</span>
        </button>
      </div>
    </li>
  );
}
