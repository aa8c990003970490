import { Link } from 'react-router';
import { causeNamespace } from '@/engine';
import { CodeBlock } from '@/components/code-block';
import { paths } from '@/config/paths';
import type { CertificateReport, CertFinding } from '@/network/certificates/inspect';
import type { SecretSummary } from '@/network/certificates/pem';
import { PKCS12_EXPORT_COMMANDS, type EvidenceResult } from '@/network/evidence/read-evidence';
import type { LintFinding } from '@/network/ovpn-config/lint';
import type { LogFinding } from '@/network/openvpn-log';
import { looseT, useLang, useT, type LooseT } from '@/i18n/use-lang';
import { useTerms } from '@/i18n/use-terms';
import type { FindingSeverity } from '@/network/finding';

type T = ReturnType<typeof useT>['t'];
type Severity = FindingSeverity;

/** Lint and certificate params that are codes, put into words. */
function paramWords(t: LooseT, params: Readonly<Record<string, string | number>> = {}) {
  const out: Record<string, string | number> = { ...params };
  if (typeof params.reason === 'string') out.reason = t(`dcoReason.${params.reason}`);
  if (typeof params.order === 'string') out.order = t(`order.${params.order}`);
  for (const k of ['browser', 'server'] as const) {
    if (typeof params[k] === 'string') out[k] = t(`validity.${params[k]}`);
  }
  return out;
}

function CauseLink({ cause }: { cause: string }) {
  const lang = useLang();
  const { t } = useT('inspector');
  const terms = useTerms({});
  return (
    <Link to={paths.cause.href(lang, cause)} className="evidence-cause">
      {t('results.readCause', {
        cause: looseT(t)('title', { ns: causeNamespace(cause), ...terms, defaultValue: cause }),
      })}
    </Link>
  );
}

function FindingItem({
  severity,
  text,
  cause,
  code,
}: {
  severity: Severity;
  text: string;
  cause?: string | undefined;
  code: string;
}) {
  const { t } = useT('inspector');
  return (
    <li className={`evidence-finding severity-${severity}`} data-code={code}>
      <span className={`severity-tag severity-${severity}`}>{t(`severity.${severity}`)}</span>{' '}
      {text}
      {cause ? (
        <>
          {' '}
          <CauseLink cause={cause} />
        </>
      ) : null}
    </li>
  );
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const bySeverity = <F extends { severity: Severity }>(list: readonly F[]) =>
  [...list].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);

function secretText(t: T, s: SecretSummary): string {
  // A static or tls-crypt-v2 key whose size could not be read is not readable: no "? bits".
  if (s.bits === undefined && (s.type === 'static-key' || s.type === 'tls-crypt-v2-client'))
    return t('secret.unknown');
  return t(`secret.${s.type}`, { bits: s.bits ?? '?', curve: s.curve ?? '?' });
}

function Certificates({ report }: { report: CertificateReport }) {
  const { t } = useT('inspector');
  const lang = useLang();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
      .format(new Date(iso))
      .concat(' UTC');
  const certText = (f: CertFinding) => {
    const p = paramWords(looseT(t), f.params);
    for (const k of ['notAfter', 'notBefore'] as const) {
      if (typeof f.params?.[k] === 'string') p[k] = date(f.params[k]);
    }
    return t(`cert.${f.code}`, p);
  };
  return (
    <>
      {report.certificates.map((c) => (
        <div key={`${c.role}-${c.index}`} className="evidence-cert" data-role={c.role}>
          <h4>{t(`role.${c.role}`)}</h4>
          <dl className="evidence-facts">
            <dt>{t('certTable.subject')}</dt>
            <dd>{c.subject}</dd>
            <dt>{t('certTable.issuer')}</dt>
            <dd>{c.issuer}</dd>
            <dt>{t('certTable.serial')}</dt>
            <dd>
              <code>{c.serial}</code>
            </dd>
            <dt>{t('certTable.notBefore')}</dt>
            <dd>{date(c.notBefore)}</dd>
            <dt>{t('certTable.notAfter')}</dt>
            <dd>{date(c.notAfter)}</dd>
            <dt>{t('certTable.key')}</dt>
            <dd>
              {c.keyType.toUpperCase()}
              {c.keyBits ? ` ${c.keyBits}` : ''}
              {c.curve ? ` ${c.curve}` : ''}
            </dd>
            <dt>{t('certTable.signature')}</dt>
            <dd>{c.signatureAlgorithm}</dd>
            <dt>{t('certTable.eku')}</dt>
            <dd>{c.eku.length > 0 ? c.eku.join(', ') : t('dump.none')}</dd>
            <dt>{t('certTable.version')}</dt>
            <dd>{c.version}</dd>
          </dl>
        </div>
      ))}
      {report.findings.length > 0 ? (
        <ul className="evidence-findings" data-testid="cert-findings">
          {bySeverity(report.findings).map((f, i) => (
            <FindingItem
              key={`${f.code}-${i}`}
              code={f.code}
              severity={f.severity}
              text={certText(f)}
              cause={f.cause}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function LintList({ lint }: { lint: readonly LintFinding[] }) {
  const { t } = useT('inspector');
  return (
    <ul className="evidence-findings" data-testid="lint-findings">
      {bySeverity(lint).map((f, i) => (
        <FindingItem
          key={`${f.code}-${i}`}
          code={f.code}
          severity={f.severity}
          text={t(`lint.${f.code}`, paramWords(looseT(t), f.params))}
          cause={f.cause}
        />
      ))}
    </ul>
  );
}

/** A log line worth listing: fatal or a warning (never one that only follows another error). */
const isProblem = (f: LogFinding) => f.severity === 'fatal' || f.severity === 'warning';

/** One read file: its kind, then what it shows. Never any key or password text. */
export function EvidenceResultView({
  result: r,
  index,
}: {
  result: EvidenceResult;
  index: number;
}) {
  const { t } = useT(['inspector', 'log', 'common']);
  const lang = useLang();
  const number = new Intl.NumberFormat(lang);
  const headingId = `evidence-${index}`;
  const kind = r.kind === 'error' ? null : r.kind;
  return (
    <section
      className="evidence-result"
      aria-labelledby={headingId}
      data-testid="evidence-result"
      data-kind={r.kind}
    >
      <h3 id={headingId}>
        {r.name}
        {kind ? <span className="evidence-kind"> — {t(`kinds.${kind}`)}</span> : null}
      </h3>
      {r.kind === 'error' ? (
        <p className="field-error">
          <span className="visually-hidden">{t('common:errors.prefix')}</span>{' '}
          {t(`errors.${r.error}`, { name: r.name })}
        </p>
      ) : null}
      {r.kind === 'not-recognised' ? <p>{t('notRecognised')}</p> : null}
      {r.kind === 'pkcs12' ? (
        <div className="notice">
          <p>
            <strong>{t('pkcs12.title')}</strong>
          </p>
          <p>{t('pkcs12.body')}</p>
          <p>{t('pkcs12.certs')}</p>
          <CodeBlock code={`${PKCS12_EXPORT_COMMANDS.certs}\n${PKCS12_EXPORT_COMMANDS.legacy}`} />
          <p>{t('pkcs12.key')}</p>
          <CodeBlock code={PKCS12_EXPORT_COMMANDS.key} />
        </div>
      ) : null}
      {r.kind === 'key' ? <p data-testid="secret">{secretText(t, r.secret)}</p> : null}
      {r.kind === 'certificate' ? <Certificates report={r.certificates} /> : null}
      {r.kind === 'config' ? (
        <>
          <p className="hint">{t('results.lines', { lines: number.format(r.lineCount) })}</p>
          {r.messages.length + r.lint.length === 0 && r.certificates.findings.length === 0 ? (
            <p>{t('results.noFindings')}</p>
          ) : null}
          {r.messages.length > 0 ? (
            <ul className="evidence-findings" data-testid="syntax-findings">
              {r.messages.map((m, i) => (
                <FindingItem
                  key={`${m.code}-${i}`}
                  code={m.code}
                  severity={m.severity}
                  text={t(`syntax.${m.code}`, { line: m.line, param: m.param ?? '' })}
                />
              ))}
            </ul>
          ) : null}
          {r.lint.length > 0 ? <LintList lint={r.lint} /> : null}
          <h4>{t('results.remotes')}</h4>
          {r.facts.remotes.length > 0 ? (
            <ul data-testid="remotes">
              {r.facts.remotes.map((e, i) => (
                <li key={i}>{t('results.remote', { ...e })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('dump.none')}</p>
          )}
          {r.facts.blocks.length > 0 ? (
            <>
              <h4>{t('results.blocks')}</h4>
              <ul data-testid="blocks">
                {r.facts.blocks.map((b, i) => (
                  <li key={i}>
                    <code>&lt;{b.tag}&gt;</code>
                    {b.secret ? ` ${secretText(t, b.secret)}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.facts.authUserPass ? <p>{t('results.authUserPass')}</p> : null}
          {r.certificates.certificates.length > 0 || r.certificates.findings.length > 0 ? (
            <>
              <h4>{t('results.certificates')}</h4>
              <Certificates report={r.certificates} />
            </>
          ) : null}
        </>
      ) : null}
      {r.kind === 'client-log' || r.kind === 'server-log' ? (
        <>
          <p className="hint">
            {t('results.lines', { lines: number.format(r.analysis.lineCount) })}
          </p>
          {r.analysis.findings.some(isProblem) ? (
            <ul className="evidence-findings" data-testid="log-findings">
              {r.analysis.findings
                .filter(isProblem)
                .slice(0, 5)
                .map((f) => (
                  <FindingItem
                    key={f.id}
                    code={f.id}
                    severity={f.severity === 'fatal' ? 'error' : 'warning'}
                    text={t(`log:signatures.${f.id}.title`)}
                    cause={f.severity === 'fatal' ? (f.cause ?? undefined) : undefined}
                  />
                ))}
            </ul>
          ) : (
            <p>{t('results.logNone')}</p>
          )}
          <p>
            <Link to={paths.toolsLogAnalyzer.href(lang)}>{t('results.logMore')}</Link>
          </p>
        </>
      ) : null}
      {r.kind === 'network-dump' ? (
        <dl className="evidence-facts" data-testid="dump">
          <dt>{t('dump.clientLans')}</dt>
          <dd>{r.dump.clientLans.join(', ') || t('dump.none')}</dd>
          <dt>{t('dump.vpnAddress')}</dt>
          <dd>
            {r.dump.vpnAddresses.map((a) => a.cidr ?? a.address).join(', ') || t('dump.none')}
          </dd>
          <dt>{t('dump.vpnRoutes')}</dt>
          <dd>{r.dump.vpnRoutes.join(', ') || t('dump.none')}</dd>
        </dl>
      ) : null}
    </section>
  );
}
