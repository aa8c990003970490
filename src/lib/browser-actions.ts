/** Browser side effects of the support tools: clipboard, file download, printing one element. */

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves text as a file through a Blob and an object URL. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The class on `<html>` that limits printing to the case record (see support.css). */
export const PRINT_RECORD_CLASS = 'support-print-record';

/** Prints only the case record: a class on `<html>` hides the rest until printing ends. */
export function printRecord(): void {
  const root = document.documentElement;
  root.classList.add(PRINT_RECORD_CLASS);
  const done = () => {
    root.classList.remove(PRINT_RECORD_CLASS);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  try {
    window.print();
  } finally {
    // Browsers whose print() returns before printing still fire afterprint; this is a backstop.
    window.setTimeout(done, 60_000);
  }
}
