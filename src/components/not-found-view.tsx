import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { type Lang } from '@/i18n/langs';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useTranslation } from 'react-i18next';

/** The not-found page, in the given language, with a way back. */
export function NotFoundView({ lang }: { lang: Lang }) {
  const { t } = useTranslation('common', { lng: lang });
  useDocumentTitle(t('notFound.title'), t('app.name'));
  return (
    <main id="main" tabIndex={-1} data-page="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home.href(lang)}>{t('notFound.back')}</Link>
      </p>
    </main>
  );
}
