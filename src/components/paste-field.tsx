import type { RefObject } from 'react';
import { describedBy, FieldError } from './field-error';

interface PasteFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint: string;
  /** The message shown at the field, or null when the field is fine. */
  readonly error: string | null;
  readonly rows: number;
  /** The textarea is uncontrolled (a pasted log can be megabytes): the page reads it on submit. */
  readonly textRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A large monospace box for pasted evidence (a log, a config, a certificate), with its hint and
 * error, as the log analyzer and the file reader show it.
 */
export function PasteField({ id, name, label, hint, error, rows, textRef }: PasteFieldProps) {
  const invalid = error !== null;
  return (
    <div className={invalid ? 'form-group has-error' : 'form-group'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <FieldError id={`${id}-error`} messages={invalid ? [error] : []} />
      <textarea
        id={id}
        name={name}
        ref={textRef}
        rows={rows}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        className="paste-textarea"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(`${id}-hint`, invalid && `${id}-error`)}
      />
    </div>
  );
}
