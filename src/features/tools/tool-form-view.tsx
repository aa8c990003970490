import { Fragment, type ReactNode } from 'react';
import { looseT, useT } from '@/i18n/use-lang';
import { ErrorSummary } from '@/components/error-summary';
import { FormField, RowsFieldset } from '@/components/form-kit';
import { fieldNamed } from './tool-fields';
import type { ToolForm } from './use-tool-form';

/**
 * A tool page: heading and lead, the form (error summary, fields, submit button), the result
 * once shown, and the note that the address holds the values. `words` is the tool's key in the
 * tools namespace (`clientCidr`: `clientCidr.title`, `.lead`, `.submit`).
 */
export function ToolPage<F>({
  page,
  words,
  tool,
  children,
  result,
}: {
  /** The `data-page` of `<main>`. */
  page: string;
  words: string;
  tool: ToolForm<F>;
  children: ReactNode;
  result: ReactNode;
}) {
  const { t } = useT(['tools', 'common']);
  // Keys from the tool's field table (data).
  const tl = looseT(t);
  return (
    <main id="main" tabIndex={-1} data-page={page}>
      <p className="eyebrow">{t('common.eyebrow')}</p>
      <h1>{tl(`${words}.title`)}</h1>
      <p className="lead">{tl(`${words}.lead`)}</p>
      <form onSubmit={tool.submit} noValidate className="tool-form">
        <ErrorSummary items={tool.items} />
        {children}
        <button type="submit" className="button">
          {tl(`${words}.submit`)}
        </button>
      </form>
      {result}
      <p className="tool-share hint">{t('common.shareHint')}</p>
    </main>
  );
}

/**
 * The table's fields in its order: text and choice fields drawn by the form kit, group fields
 * (repeated rows, or fields the page draws itself) taken from `groups` by name.
 */
export function ToolFields<F>({
  tool,
  groups,
}: {
  tool: ToolForm<F>;
  groups: Readonly<Record<string, ReactNode>>;
}) {
  return tool.table.fields.map((row) => {
    if (row.kind === 'group') return <Fragment key={row.name}>{groups[row.name]}</Fragment>;
    if (row.kind === 'text' && row.shownIf && !row.shownIf(tool.form)) return null;
    const suggestions = row.kind === 'text' ? row.suggestions : undefined;
    return (
      <FormField key={row.name} {...tool.fieldProps(row)}>
        {row.kind === 'text' && row.list && suggestions ? (
          <datalist id={row.list}>
            {suggestions.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        ) : undefined}
      </FormField>
    );
  });
}

/**
 * The fieldset of group field `name` (the rows of `rows`), with the table's words: legend,
 * help and the limit sentence (given the limit), and the "add" button.
 */
export function ToolRows<F>({
  tool,
  name,
  rows: { max, atMax, add },
  children,
}: {
  tool: ToolForm<F>;
  name: string;
  rows: { readonly max: number; readonly atMax: boolean; readonly add: () => void };
  children: ReactNode;
}) {
  const { t } = useT(['tools', 'common']);
  // Keys from the tool's field table (data).
  const tl = looseT(t);
  const row = fieldNamed(tool.table, name);
  if (row?.kind !== 'group') return null;
  const words = (key: string | undefined) => (key ? tl(key, { max }) : '');
  return (
    <RowsFieldset
      id={row.id}
      legend={words(row.label)}
      help={words(row.hint)}
      errors={tool.errorsOf(row.id)}
      atMax={atMax}
      atMaxText={words(row.atMax)}
      addLabel={words(row.add)}
      onAdd={add}
    >
      {children}
    </RowsFieldset>
  );
}
