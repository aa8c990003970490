/** Written by `scripts/locales-plugin.ts`. */
declare module 'virtual:locales' {
  /** Where the built locale files are, below the site's base: `assets/locales-<version>/`. */
  export const localesPath: string;
}
