/**
 * The X.509 library, loaded on demand: `inspect.ts` reaches it only through `import()`, so it
 * is a separate chunk that the start page never loads. @peculiar/x509 uses tsyringe, which
 * needs the Reflect metadata API at import time (the library's README, "Reflect Polyfill
 * Required"); the polyfill is imported first, here and nowhere else.
 */
import 'reflect-metadata';

export {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
} from '@peculiar/x509';
