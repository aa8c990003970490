import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { causeNamespace, treeNamespace, type Tree } from '@/engine';
import { paths } from '@/config/paths';
import { LANGS, LANG_NAMES, type Lang } from '@/i18n/langs';
import { useLang, useT } from '@/i18n/use-lang';
import { copyText, downloadText, printRecord } from '@/lib/browser-actions';
import {
  buildCaseRecord,
  caseRecordInput,
  formatTime,
  recordFileName,
  type RecordFormat,
} from './case-record';
import { MAX_REFERENCE_LENGTH, withReference, type SupportCase } from './cases';
import { supportStore } from './support-store';
import { fixedTranslate } from './translate';
import { useNamespaces } from '@/i18n/use-namespaces';

/** Minutes east of UTC for this browser at a moment (JST = 540). */
function utcOffset(at: Date): number {
  return -at.getTimezoneOffset();
}

/** Absolute deep links to a case's walk: for the customer, and for staff (`support=1`). */
export function caseLinks(lang: Lang, c: SupportCase) {
  const origin = window.location.origin;
  return {
    customer: `${origin}${paths.diagnose.href(lang, c.treeId, c.answers)}`,
    staff: `${origin}${paths.diagnose.href(lang, c.treeId, c.answers, { support: '1' })}`,
  };
}

interface Props {
  readonly tree: Tree;
  readonly supportCase: SupportCase;
}

/**
 * The case record of the current case: reference, record language and format, a preview, and
 * copy / download / print; links to the walk; a new case.
 */
export function CaseRecordPanel({ tree, supportCase }: Props) {
  const uiLang = useLang();
  const navigate = useNavigate();
  const { t } = useT('support');
  const uid = useId();
  const [recordLang, setRecordLang] = useState<Lang>(uiLang);
  const [format, setFormat] = useState<RecordFormat>('text');
  const [status, setStatus] = useState('');

  const input = (now: Date) => {
    const links = caseLinks(recordLang, supportCase);
    return caseRecordInput(tree, supportCase, {
      customerLink: links.customer,
      staffLink: links.staff,
      now,
      utcOffsetMinutes: utcOffset(now),
    });
  };
  const diagnosisId = input(new Date()).diagnosis?.id;
  const { ready, failed } = useNamespaces(
    [
      'common',
      'support',
      treeNamespace(tree.id),
      ...(diagnosisId ? [causeNamespace(diagnosisId)] : []),
    ],
    recordLang,
  );
  const build = (now: Date) => buildCaseRecord(input(now), fixedTranslate(recordLang), format);
  // The preview follows every change of the case; exports are rebuilt at the time of export.
  const preview = ready ? build(new Date()) : '';

  const copy = async () => {
    setStatus((await copyText(build(new Date()))) ? t('case.copied') : t('case.copyFailed'));
  };
  const download = () => {
    const file = recordFileName(supportCase.id, format);
    downloadText(build(new Date()), file, format === 'markdown' ? 'text/markdown' : 'text/plain');
    setStatus(t('case.downloaded', { file }));
  };
  const copyLink = async (which: 'customer' | 'staff') => {
    const ok = await copyText(caseLinks(uiLang, supportCase)[which]);
    setStatus(ok ? t('case.linkCopied') : t('case.copyFailed'));
  };
  const newCase = () => {
    supportStore.startCase(tree.id);
    void navigate(paths.diagnose.href(uiLang, tree.id, {}, { support: '1' }));
  };

  const refId = `${uid}-reference`;
  return (
    <section
      className="support-case"
      aria-labelledby="support-case-title"
      data-case-id={supportCase.id}
    >
      <h2 id="support-case-title">{t('case.title')}</h2>
      <p className="support-case-meta">
        <span>{t('case.caseId', { id: supportCase.id })}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {t('case.started', {
            time: formatTime(supportCase.startedAt, utcOffset(new Date(supportCase.startedAt))),
          })}
        </span>
      </p>

      <div className="form-group">
        <label htmlFor={refId} className="field-label">
          {t('case.reference')}
        </label>
        <p className="hint" id={`${refId}-hint`}>
          {t('case.referenceHint')}
        </p>
        <input
          type="text"
          id={refId}
          className="support-reference"
          value={supportCase.reference ?? ''}
          maxLength={MAX_REFERENCE_LENGTH}
          autoComplete="off"
          aria-describedby={`${refId}-hint`}
          onChange={(e) => {
            const text = e.target.value;
            supportStore.updateCase(
              supportCase.id,
              (c) => withReference(c, text, new Date()),
              'case',
            );
          }}
        />
      </div>

      <div className="support-record-options">
        <fieldset>
          <legend className="field-label">{t('case.language')}</legend>
          <div className="radios inline">
            {LANGS.map((l) => (
              <div className="radio" key={l}>
                <input
                  type="radio"
                  id={`${uid}-lang-${l}`}
                  name={`${uid}-lang`}
                  value={l}
                  checked={recordLang === l}
                  onChange={() => setRecordLang(l)}
                />
                <label htmlFor={`${uid}-lang-${l}`} lang={l}>
                  {LANG_NAMES[l]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="field-label">{t('case.format')}</legend>
          <div className="radios inline">
            {(['text', 'markdown'] as const).map((f) => (
              <div className="radio" key={f}>
                <input
                  type="radio"
                  id={`${uid}-format-${f}`}
                  name={`${uid}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                <label htmlFor={`${uid}-format-${f}`}>
                  {f === 'text' ? t('case.formatText') : t('case.formatMarkdown')}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

      {failed ? (
        <p className="support-storage-error" role="alert">
          {t('case.loadFailed')}
        </p>
      ) : ready ? (
        <pre
          className="case-record-preview"
          lang={recordLang}
          tabIndex={0}
          role="region"
          aria-label={t('case.preview')}
          data-format={format}
        >
          {preview}
        </pre>
      ) : (
        <p role="status">{t('case.loading')}</p>
      )}

      <div className="support-actions">
        <button type="button" className="button" disabled={!ready} onClick={() => void copy()}>
          {t('case.copy')}
        </button>
        <button type="button" className="button secondary" disabled={!ready} onClick={download}>
          {t('case.download')}
        </button>
        <button type="button" className="button secondary" disabled={!ready} onClick={printRecord}>
          {t('case.print')}
        </button>
      </div>
      <div className="support-actions">
        <button
          type="button"
          className="button secondary small"
          onClick={() => void copyLink('customer')}
        >
          {t('case.customerLink')}
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => void copyLink('staff')}
        >
          {t('case.staffLink')}
        </button>
      </div>
      <p role="status" className="copy-status support-status">
        {status}
      </p>

      <div className="support-new-case">
        <button
          type="button"
          className="button secondary"
          aria-describedby={`${uid}-new-hint`}
          onClick={newCase}
        >
          {t('case.newCase')}
        </button>
        <p className="hint" id={`${uid}-new-hint`}>
          {t('case.newCaseHint')}
        </p>
      </div>
    </section>
  );
}
