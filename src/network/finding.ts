/** How serious a finding of the config lint or the certificate check is (the file reader shows both). */
export type FindingSeverity = 'error' | 'warning' | 'info';
