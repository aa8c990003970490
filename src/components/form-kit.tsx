import { useEffect, useMemo, type ChangeEvent, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { MessageParams } from '@/network/cidr';
import { useT } from '@/i18n/use-lang';
import type { SummaryItem } from './error-summary';
import { useMessageText } from '@/i18n/message-text';
import { describedBy, FieldError } from './field-error';

export { describedBy, FieldError };

/** How a verdict or note is shown: never by colour alone (icon + word + sentence). */
export type Status = 'pass' | 'warn' | 'fail' | 'info';

/** A field problem placed on the page: where it is shown, where the summary links, what. */
export interface PlacedIssue {
  /** Id of the element whose error paragraph shows it (an input, or a group). */
  readonly slot: string;
  /** Id of the input the summary links to and focuses. */
  readonly fieldId: string;
  readonly code: string;
  readonly params?: MessageParams;
}

/** Codes whose sentence does not say which field it is about (the summary adds the label). */
const GENERIC_CODES: ReadonlySet<string> = new Set([
  'required',
  'choice-invalid',
  'integer-range',
  'too-many',
  'too-long',
  'control-chars',
  // "Enter an IPv4 CIDR block": several fields take one (issue 19.9).
  'cidr-empty',
  'ip-empty',
  'port-empty',
]);

/**
 * The error summary's items and each slot's messages, in the active language. `labelOf` names
 * a slot's field: the summary puts it before sentences that do not say which field they are
 * about ("Maximum concurrent SSL connections: Enter a value.").
 */
export function useIssueText(
  issues: readonly PlacedIssue[],
  labelOf: (slot: string) => string | undefined,
) {
  const text = useMessageText();
  const { t } = useT('tools');
  return useMemo(() => {
    const items: SummaryItem[] = [];
    const bySlot = new Map<string, string[]>();
    for (const issue of issues) {
      const message = text(issue.code, issue.params);
      const label = GENERIC_CODES.has(issue.code) ? labelOf(issue.slot) : undefined;
      const summary = label ? t('common.labelled', { label, message }) : message;
      if (!items.some((i) => i.fieldId === issue.fieldId && i.message === summary)) {
        items.push({ fieldId: issue.fieldId, message: summary });
      }
      bySlot.set(issue.slot, [...(bySlot.get(issue.slot) ?? []), message]);
    }
    return { items, bySlot };
    // labelOf is recreated every render; the labels only change with the language (t).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [issues, text, t]);
}

function Icon({ status }: { status: Status }) {
  const paths: Record<Status, ReactNode> = {
    pass: <path d="M4 10.5l4 4 8-9" fill="none" strokeWidth="2.5" />,
    fail: <path d="M5 5l10 10M15 5L5 15" fill="none" strokeWidth="2.5" />,
    warn: (
      <>
        <path d="M10 2.5L18.5 17.5H1.5z" fill="none" strokeWidth="1.8" strokeLinejoin="round" />
        <path d="M10 8v4.5M10 14.5v1" fill="none" strokeWidth="2" />
      </>
    ),
    info: (
      <>
        <circle cx="10" cy="10" r="8" fill="none" strokeWidth="1.8" />
        <path d="M10 9v5.5M10 5.5v1" fill="none" strokeWidth="2" />
      </>
    ),
  };
  return (
    <svg
      className="status-icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      stroke="currentColor"
    >
      {paths[status]}
    </svg>
  );
}

/** An icon and a word for a status ("Pass", "Fail", "Warning", "Note"). */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useT('tools');
  return (
    <span className={`status-badge status-${status}`}>
      <Icon status={status} />
      <span>{t(`common.status.${status}`)}</span>
    </span>
  );
}

/** One verdict or note: badge, then the sentence saying why and what to do. */
export function StatusItem({ status, children }: { status: Status; children: ReactNode }) {
  return (
    <li className={`status-item status-item-${status}`}>
      <StatusBadge status={status} />
      <span className="status-text">{children}</span>
    </li>
  );
}

interface TextFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly help?: string;
  readonly optional?: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors: readonly string[];
  readonly numeric?: boolean;
  /** Id of a `<datalist>` of suggested values. */
  readonly list?: string;
  readonly multiline?: boolean;
  readonly children?: ReactNode;
}

/** A labelled text input (or textarea) with its help text and error, GOV.UK style. */
export function TextField(props: TextFieldProps) {
  const { t } = useT('common');
  const { id, errors, help } = props;
  const invalid = errors.length > 0;
  const common = {
    id,
    name: props.name,
    value: props.value,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy(help && `${id}-help`, invalid && `${id}-error`),
    spellCheck: false,
    autoComplete: 'off',
    autoCapitalize: 'off',
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onChange(e.target.value),
  };
  return (
    <div className={invalid ? 'form-group has-error' : 'form-group'}>
      <label htmlFor={id} className="field-label">
        {props.label}
        {props.optional ? <span className="optional"> {t('wizard.optional')}</span> : null}
      </label>
      {help ? (
        <p className="hint" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          type="text"
          inputMode={props.numeric ? 'numeric' : 'text'}
          list={props.list}
          {...common}
        />
      )}
      {props.children}
    </div>
  );
}

interface RadioGroupProps<V extends string> {
  readonly idPrefix: string;
  readonly name: string;
  readonly legend: string;
  readonly help?: string;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly value: string;
  readonly onChange: (value: V) => void;
  readonly errors: readonly string[];
  readonly optional?: boolean;
}

/** Radios in a fieldset whose legend is the question. The summary links to the first one. */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { t } = useT('common');
  const { idPrefix, errors, help } = props;
  const invalid = errors.length > 0;
  return (
    <div className={invalid ? 'form-group has-error' : 'form-group'}>
      <fieldset
        aria-describedby={describedBy(help && `${idPrefix}-help`, invalid && `${idPrefix}-error`)}
      >
        <legend className="field-label">
          {props.legend}
          {props.optional ? <span className="optional"> {t('wizard.optional')}</span> : null}
        </legend>
        {help ? (
          <p className="hint" id={`${idPrefix}-help`}>
            {help}
          </p>
        ) : null}
        <FieldError id={`${idPrefix}-error`} messages={errors} />
        <div className="radios">
          {props.options.map((o) => (
            <div className="radio" key={o.value}>
              <input
                type="radio"
                id={`${idPrefix}-${o.value}`}
                name={props.name}
                value={o.value}
                checked={props.value === o.value}
                onChange={() => props.onChange(o.value)}
              />
              <label htmlFor={`${idPrefix}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** What the kit needs to draw one field: a text input (or textarea), or radios. */
export type FieldSpec =
  | {
      readonly kind: 'text';
      /** The input's id (its help and error paragraphs are `<id>-help`, `<id>-error`). */
      readonly id: string;
      readonly name: string;
      readonly label: string;
      readonly help?: string;
      readonly optional?: boolean;
      readonly numeric?: boolean;
      readonly multiline?: boolean;
      /** Id of a `<datalist>` of suggested values (given as the field's children). */
      readonly list?: string;
    }
  | {
      readonly kind: 'choice';
      /** Prefix of the radios' ids (`<id>-<value>`) and of the group's help and error. */
      readonly id: string;
      readonly name: string;
      /** The fieldset's legend. */
      readonly label: string;
      readonly help?: string;
      readonly optional?: boolean;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    };

/** One field drawn from its spec: {@link TextField} or {@link RadioGroup}. */
export function FormField({
  spec,
  value,
  onChange,
  errors,
  children,
}: {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  /** Extra content after a text input (a `<datalist>`). */
  children?: ReactNode;
}) {
  const shared = {
    name: spec.name,
    help: spec.help,
    optional: spec.optional,
    value,
    onChange,
    errors,
  };
  return spec.kind === 'choice' ? (
    <RadioGroup idPrefix={spec.id} legend={spec.label} options={spec.options} {...shared} />
  ) : (
    <TextField
      id={spec.id}
      label={spec.label}
      numeric={spec.numeric}
      multiline={spec.multiline}
      list={spec.list}
      {...shared}
    >
      {children}
    </TextField>
  );
}

/**
 * A field of repeated rows (local networks, servers): a fieldset with its legend, help and
 * error, the rows, and an "add" button (or, at the limit, a sentence saying so).
 */
export function RowsFieldset({
  id,
  legend,
  help,
  errors,
  atMax,
  atMaxText,
  addLabel,
  onAdd,
  children,
}: {
  /** The fieldset's id; its help and error paragraphs are `<id>-help` and `<id>-error`. */
  id: string;
  legend: string;
  help: string;
  errors: readonly string[];
  atMax: boolean;
  atMaxText: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <div className={errors.length ? 'form-group has-error' : 'form-group'}>
      <fieldset
        id={id}
        aria-describedby={describedBy(`${id}-help`, errors.length > 0 && `${id}-error`)}
      >
        <legend className="field-label">{legend}</legend>
        <p className="hint" id={`${id}-help`}>
          {help}
        </p>
        <FieldError id={`${id}-error`} messages={errors} />
        {children}
        {atMax ? (
          <p className="hint">{atMaxText}</p>
        ) : (
          <button type="button" className="button secondary small" onClick={onAdd}>
            {addLabel}
          </button>
        )}
      </fieldset>
    </div>
  );
}

/** A row's "Remove" button; screen readers hear which row ("Remove Server 2"). */
export function RemoveRowButton({ row, onClick }: { row: string; onClick: () => void }) {
  const { t } = useT('tools');
  return (
    <button type="button" className="button secondary small" onClick={onClick}>
      {t('common.remove')}
      <span className="visually-hidden"> {row}</span>
    </button>
  );
}

/** A labelled `<select>` with its error, GOV.UK style. */
export function SelectField<V extends string>({
  id,
  name,
  label,
  value,
  options,
  onChange,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  /** The choices; a value '' is a "choose one" prompt. */
  options: readonly { readonly value: V | ''; readonly label: string }[];
  onChange: (value: string) => void;
  errors: readonly string[];
}) {
  const invalid = errors.length > 0;
  return (
    <div className={invalid ? 'form-group has-error' : 'form-group'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldError id={`${id}-error`} messages={errors} />
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(invalid && `${id}-error`)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Navigation state a tool sets on submit: move focus to the result once it is shown. */
export const FOCUS_RESULT = { focus: 'result' } as const;

/**
 * After a submit (navigation carrying {@link FOCUS_RESULT}), focuses the result heading so a
 * screen reader reads the verdict; runs after the layout's own focus on the page heading.
 */
export function useFocusResult(ref: RefObject<HTMLElement | null>, shown: boolean) {
  const location = useLocation();
  const state: unknown = location.state;
  const wanted =
    shown &&
    typeof state === 'object' &&
    state !== null &&
    (state as { focus?: unknown }).focus === FOCUS_RESULT.focus;
  useEffect(() => {
    if (!wanted) return;
    const timer = window.setTimeout(() => {
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: 'start' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [wanted, ref, location.key]);
}
