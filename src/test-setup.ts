import { setLocaleSource } from '@/i18n/i18n';
import { readLocaleFiles } from '@/i18n/file-locales';

// Tests read the locale files; the app fetches them (there is no server under Vitest).
setLocaleSource(readLocaleFiles);
