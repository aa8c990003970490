import { useT } from '@/i18n/use-lang';
import type { ErrorPlace } from './support-store';
import { useSupportState } from './use-support';

/**
 * The storage failure that happened at this place, if any, in the page's language. The case
 * itself is kept in memory, so the message says how to keep it.
 */
export function StorageMessage({ place, id }: { place: ErrorPlace; id?: string }) {
  const { t } = useT('support');
  const { errors } = useSupportState();
  const kind = errors[place];
  if (!kind) return null;
  return (
    <p className="support-storage-error" role="alert" id={id}>
      {t(place === 'mode' ? 'storage.modeUnavailable' : `storage.${kind}`)}
    </p>
  );
}
