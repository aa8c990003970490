import { useEffect } from 'react';

/** Sets the document title to `parts` joined with the app name, in the page's language. */
export function useDocumentTitle(...parts: (string | undefined)[]) {
  const title = parts.filter(Boolean).join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
