import { Link, useNavigate } from 'react-router';
import { useFileDrop } from '@/components/drop-zone';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import type { InspectorLocationState } from './inspector-page';

/**
 * The start page's file box: choose or drop files and the file reader opens with them (they
 * travel in the navigation's state, never in the URL). Its words are in `common.json` and it
 * imports no reader, so it paints with the page and adds no reading code to it.
 */
export function StartFromFiles() {
  const lang = useLang();
  const { t } = useT('common');
  const navigate = useNavigate();
  const open = (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    const state: InspectorLocationState = { files: Array.from(list).slice(0, 20) };
    void navigate(paths.toolsInspector.href(lang), { state });
  };
  const { dragging, handlers } = useFileDrop(open);
  return (
    <section
      className={dragging ? 'tool-links drop-zone is-dragging' : 'tool-links drop-zone'}
      aria-labelledby="start-from-files-title"
      data-testid="start-from-files"
      {...handlers}
    >
      <h2 id="start-from-files-title">{t('startFromFiles.title')}</h2>
      <p id="start-from-files-body">{t('startFromFiles.body')}</p>
      <label htmlFor="start-files" className="field-label">
        {t('startFromFiles.choose')}
      </label>
      <input
        type="file"
        id="start-files"
        multiple
        aria-describedby="start-from-files-body"
        onChange={(e) => open(e.target.files)}
      />
      <p>
        <Link to={paths.toolsInspector.href(lang)}>{t('startFromFiles.open')}</Link>
      </p>
    </section>
  );
}
