import { data, type LoaderFunctionArgs } from 'react-router';
import { ensureNamespaces } from '@/i18n/i18n';
import { isLang } from '@/i18n/langs';

/** The namespaces every tool page reads. */
export const TOOL_NAMESPACES = ['common', 'tools'] as const;

/** Loads the tools' words (in the route's language) before a tool page renders. */
export async function toolsLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, TOOL_NAMESPACES);
  return null;
}
