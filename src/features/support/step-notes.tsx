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
 */
export function StepNotes({ caseId, nodeId, value }: Props) {
  const { t } = useT('support');
  const { errors } = useSupportState();
  const id = `support-notes-${nodeId}`;
  const failed = errors.notes !== undefined;
  return (
    <div className="form-group support-notes">
      <label htmlFor={id} className="field-label">
        {t('notes.label')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('notes.hint')}
      </p>
      <StorageMessage place="notes" id={`${id}-error`} />
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
          supportStore.updateCase(caseId, (c) => withNote(c, nodeId, text, new Date()), 'notes');
        }}
      />
    </div>
  );
}
