import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useFileDrop } from '@/components/drop-zone';
import { FieldError, describedBy } from '@/components/field-error';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import type { InspectorLocationState } from './inspector-page';

interface EvidenceBoxProps {
  /** Where the box sits: its element ids and test id start with it. */
  readonly place: 'start' | 'wizard';
  /** The symptom the user is on (the wizard's tree): the reader offers its walk first. */
  readonly symptom?: string;
  /** The platform answered so far, if any: the reader starts with it chosen. */
  readonly platform?: string;
}

/**
 * The one evidence box, on the start page and on a symptom's first step: paste text (a config,
 * a client or server log, the output of ipconfig /all …), choose or drop files, and the file
 * reader opens and reads them all, each recognised by kind. Everything travels in the
 * navigation's state as `File`s (pasted text too, so no key text sits in the history entry as a
 * string), never in the URL (ADR 0005); from the wizard the symptom and the platform answer go
 * with them. Its words are in `common.json` and it imports no reader, so it adds no reading
 * code to the page it is on.
 */
export function EvidenceBox({ place, symptom, platform }: EvidenceBoxProps) {
  const lang = useLang();
  const { t } = useT('common');
  const navigate = useNavigate();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [empty, setEmpty] = useState(false);
  const id = (name: string) => `${place}-${name}`;

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
    const state: InspectorLocationState = {
      files,
      ...(symptom ? { symptom } : {}),
      // The reader keeps it only when it is one of its platform choices.
      ...(platform ? { platform } : {}),
    };
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
  const body = (
    <>
      <p id={id('from-files-body')}>{t('startFromFiles.body')}</p>
      <form onSubmit={submit} noValidate>
        <div className={empty ? 'form-group has-error' : 'form-group'}>
          <label htmlFor={id('paste')} className="field-label">
            {t('startFromFiles.paste')}
          </label>
          <FieldError
            id={`${id('paste')}-error`}
            messages={empty ? [t('startFromFiles.empty')] : []}
          />
          <textarea
            id={id('paste')}
            ref={textRef}
            rows={4}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            className="paste-textarea"
            aria-invalid={empty || undefined}
            aria-describedby={describedBy(id('from-files-body'), empty && `${id('paste')}-error`)}
            onChange={() => setEmpty(false)}
          />
        </div>
        <p>
          <button type="submit" className="button">
            {t('startFromFiles.read')}
          </button>
        </p>
        <label htmlFor={id('files')} className="field-label">
          {t('startFromFiles.choose')}
        </label>
        <input
          type="file"
          id={id('files')}
          multiple
          aria-describedby={id('from-files-body')}
          onChange={(e) => chosen(e.target.files)}
        />
      </form>
    </>
  );
  const className = dragging ? 'tool-links drop-zone is-dragging' : 'tool-links drop-zone';
  if (place === 'wizard')
    return <WizardBox className={className} handlers={handlers} body={body} />;
  return (
    <section
      className={className}
      aria-labelledby="start-from-files-title"
      data-testid="start-from-files"
      {...handlers}
    >
      <h2 id="start-from-files-title">{t('startFromFiles.title')}</h2>
      {body}
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

/**
 * On a first step the box stays folded under one line (the question comes first, GOV.UK's
 * one-thing-per-page): opened, it takes a paste, a drop or a choice like the start page's.
 */
function WizardBox({
  className,
  handlers,
  body,
}: {
  className: string;
  handlers: ReturnType<typeof useFileDrop>['handlers'];
  body: ReactNode;
}) {
  const { t } = useT('common');
  // The fields are drawn only once it is opened: folded, a step pays for one summary line (the
  // form cost a click → next step ~50 ms at 4× CPU, measured). Files dropped on the folded
  // line are read all the same.
  const [open, setOpen] = useState(false);
  return (
    <details
      className="wizard-evidence"
      data-testid="wizard-from-files"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      {...(open ? {} : handlers)}
    >
      <summary>{t('wizard.readFiles')}</summary>
      {open ? (
        <div className={className} {...handlers}>
          {body}
        </div>
      ) : null}
    </details>
  );
}
