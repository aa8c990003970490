import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFileDrop } from '@/components/drop-zone';
import { FieldError, describedBy } from '@/components/field-error';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import type { InspectorLocationState } from './inspector-page';

const PASTE_ID = 'start-paste';

/**
 * The start page's one evidence box: paste text (a config, a client or server log, the output
 * of ipconfig /all …), choose or drop files, and the file reader opens and reads them all, each
 * recognised by kind. Everything travels in the navigation's state as `File`s (pasted text too,
 * so no key text sits in the history entry as a string), never in the URL (ADR 0005). Its words
 * are in `common.json` and it imports no reader, so it paints with the page and adds no reading
 * code to it.
 */
export function StartFromFiles() {
  const lang = useLang();
  const { t } = useT('common');
  const navigate = useNavigate();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [empty, setEmpty] = useState(false);

  const open = (list: readonly File[]) => {
    const text = textRef.current?.value ?? '';
    const pasted = /\S/.test(text)
      ? [new File([text], t('startFromFiles.pastedName'), { type: 'text/plain' })]
      : [];
    const files = [...pasted, ...list].slice(0, 20);
    if (files.length === 0) {
      setEmpty(true);
      textRef.current?.focus();
      return;
    }
    const state: InspectorLocationState = { files };
    void navigate(paths.toolsInspector.href(lang), { state });
  };
  const chosen = (list: FileList | null | undefined) => {
    if (list && list.length > 0) open(Array.from(list));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open([]);
  };
  const { dragging, handlers } = useFileDrop(chosen);
  return (
    <section
      className={dragging ? 'tool-links drop-zone is-dragging' : 'tool-links drop-zone'}
      aria-labelledby="start-from-files-title"
      data-testid="start-from-files"
      {...handlers}
    >
      <h2 id="start-from-files-title">{t('startFromFiles.title')}</h2>
      <p id="start-from-files-body">{t('startFromFiles.body')}</p>
      <form onSubmit={submit} noValidate>
        <div className={empty ? 'form-group has-error' : 'form-group'}>
          <label htmlFor={PASTE_ID} className="field-label">
            {t('startFromFiles.paste')}
          </label>
          <FieldError
            id={`${PASTE_ID}-error`}
            messages={empty ? [t('startFromFiles.empty')] : []}
          />
          <textarea
            id={PASTE_ID}
            ref={textRef}
            rows={4}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            className="paste-textarea"
            aria-invalid={empty || undefined}
            aria-describedby={describedBy('start-from-files-body', empty && `${PASTE_ID}-error`)}
            onChange={() => setEmpty(false)}
          />
        </div>
        <p>
          <button type="submit" className="button">
            {t('startFromFiles.read')}
          </button>
        </p>
        <label htmlFor="start-files" className="field-label">
          {t('startFromFiles.choose')}
        </label>
        <input
          type="file"
          id="start-files"
          multiple
          aria-describedby="start-from-files-body"
          onChange={(e) => chosen(e.target.files)}
        />
      </form>
      <ul>
        <li>
          <Link to={paths.toolsInspector.href(lang)}>{t('startFromFiles.open')}</Link>
        </li>
        <li>
          <Link to={paths.toolsLogAnalyzer.href(lang)}>{t('startFromFiles.analyzer')}</Link>
        </li>
        <li>
          <Link to={paths.toolsClock.href(lang)}>{t('startFromFiles.clock')}</Link>
        </li>
      </ul>
    </section>
  );
}
