import { useEffect, useRef, useState } from 'react';
import { useT } from '@/i18n/use-lang';
import { MAX_NOTE_LENGTH, withNote } from './cases';
import { StorageMessage } from './storage-message';
import { supportStore } from './support-store';
import { useSupportState } from './use-support';

interface Props {
  readonly caseId: string;
  readonly nodeId: string;
  readonly value: string;
}

/**
 * Free-text notes for one step, saved with the case on every change. Rendered as a textarea
 * value only (React escapes it): pasted HTML or script stays text.
 *
 * Under faults: when another tab changes this note, the text shown follows it and a notice
 * says so (never a silent swap); when saving fails (storage full or blocked), the note stays
 * in memory and a button copies it.
 */
export function StepNotes({ caseId, nodeId, value }: Props) {
  const { t } = useT('support');
  const { errors } = useSupportState();
  const id = `support-notes-${nodeId}`;
  const failed = errors.notes !== undefined;
  const typed = useRef(value);
  const [elsewhere, setElsewhere] = useState(false);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    if (value !== typed.current) {
      typed.current = value;
      setElsewhere(true);
    }
  }, [value]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(t('notes.copied'));
    } catch {
      setCopied(t('notes.copyFailed'));
    }
  };
  return (
    <div className="form-group support-notes">
      <label htmlFor={id} className="field-label">
        {t('notes.label')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('notes.hint')}
      </p>
      <StorageMessage place="notes" id={`${id}-error`} />
      {elsewhere ? (
        <p className="notice" role="status" data-notes-elsewhere>
          {t('notes.otherTab')}
        </p>
      ) : null}
      <textarea
        id={id}
        name={id}
        rows={4}
        value={value}
        maxLength={MAX_NOTE_LENGTH}
        spellCheck
        aria-describedby={failed ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => {
          const text = e.target.value;
          typed.current = text;
          setElsewhere(false);
          supportStore.updateCase(caseId, (c) => withNote(c, nodeId, text, new Date()), 'notes');
        }}
      />
      {failed && value ? (
        <p>
          <button type="button" className="button secondary small" onClick={() => void copy()}>
            {t('notes.copy')}
          </button>{' '}
          <span className="copy-status" role="status">
            {copied}
          </span>
        </p>
      ) : null}
    </div>
  );
}
