import { useCallback } from 'react';
import type { MessageParams } from '@/network/cidr';
import { looseT, useT } from './use-lang';

/**
 * Translates a message code of `src/network` (field error, verdict, note or difference) in the
 * active language: `tools:messages.<code>`, filled with its params. Unknown codes fall back to
 * a generic sentence. The wizard's compute steps use the same strings.
 */
export function useMessageText() {
  const { t } = useT(['tools', 'common']);
  return useCallback(
    (code: string, params?: MessageParams) =>
      // The code comes from the network layer (a message-text test checks each has a message).
      looseT(t)(`tools:messages.${code}`, { ...params, defaultValue: t('common:errors.invalid') }),
    [t],
  );
}
