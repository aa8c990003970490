import { useT } from '@/i18n/use-lang';

/*
 * A field's error paragraph and its aria-describedby, apart from the form kit so a page with
 * one drop zone and no form (the start page) does not load the kit.
 */

/** The error paragraph of a field (hidden when there is nothing to say). */
export function FieldError({ id, messages }: { id: string; messages: readonly string[] }) {
  const { t } = useT('common');
  if (messages.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('errors.prefix')}</span> {messages.join(' ')}
    </p>
  );
}

/** `aria-describedby` from the ids that apply (undefined when none). */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(' ') : undefined;
}
