import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, data, useLocation, type LoaderFunctionArgs } from 'react-router';
import { causeNamespace, treeNamespace } from '@/engine';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { useDuration } from '@/i18n/duration';
import type { SkewResult } from '@/network/clock-skew';
import { RadioGroup } from '@/components/form-kit';
import { PasteField } from '@/components/paste-field';
import { DropZone } from '@/components/drop-zone';
import { paths } from '@/config/paths';
import { ensureNamespaces } from '@/i18n/i18n';
import type { HeadFn } from '@/i18n/head';
import { isLang, type Lang } from '@/i18n/langs';
import { useLang, useLooseT, useT } from '@/i18n/use-lang';
import { useNamespaces } from '@/i18n/use-namespaces';
import { useTerms } from '@/i18n/use-terms';
import { readEvidenceFiles, type EvidenceResult } from '@/network/evidence/read-evidence';
import {
  PLATFORM_CHOICES,
  clientLansOf,
  evidenceCauses,
  evidenceWizardLinks,
  type PlatformChoice,
} from './evidence-links';
import { EvidenceResultView } from './evidence-results';
import { fileBytes } from './file-bytes';
import './inspector.css';

/** The inspector's head. */
export const inspectorHead: HeadFn = ({ t }) => ({ title: [t('title', { ns: 'inspector' })] });

/** Loads the page's words: its own, the log signatures' titles and the symptoms' titles. */
export async function inspectorLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, ['common', 'inspector', 'log', 'symptoms']);
  return null;
}

/** What the route composes in: the client CIDR tool's link for the LANs a dump found. */
export interface InspectorSlots {
  readonly clientCidrHref?: (lang: Lang, lans: readonly string[], platform?: string) => string;
  /** Reads the server's clock (the clock check's request to this site), for certificate dates. */
  readonly serverClock?: () => Promise<SkewResult>;
}

/** How long reading waits for the server's clock before it uses the device's clock alone. */
const CLOCK_WAIT_MS = 3000;

/** The clock result, or undefined when it fails or takes longer than `ms`. */
async function within(p: Promise<SkewResult> | undefined, ms: number) {
  if (!p) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([p.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Navigation state the start page's file box sets: the files chosen there. */
export interface InspectorLocationState {
  readonly files?: readonly File[];
  /** The symptom whose first step the files came from: its walk is offered first. */
  readonly symptom?: string;
  /** The platform answered there (the URL's word, checked here): the reader starts with it. */
  readonly platform?: string;
}

type State =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly count: number }
  | {
      readonly phase: 'done';
      readonly results: readonly EvidenceResult[];
      readonly platform: PlatformChoice | undefined;
      /** The server clock's offset from the device (device − server), when it was read. */
      readonly clockOffsetMs: number | undefined;
      /** How far off that reading may be (half the round trip plus the header's second). */
      readonly clockUncertaintyMs: number;
    };

const TEXT_ID = 'evidence-text';
const FILE_ID = 'evidence-files';

const isFiles = (v: unknown): v is readonly File[] =>
  Array.isArray(v) && v.every((f) => typeof File !== 'undefined' && f instanceof File);
const isPlatformChoice = (v: unknown): v is PlatformChoice =>
  (PLATFORM_CHOICES as readonly unknown[]).includes(v);

/**
 * `/<lang>/tools/inspector`: paste or drop configurations, logs, network dumps and
 * certificates (several at once); each is recognised and read in the browser, and what they
 * prove becomes a wizard link with those questions answered ("from your file").
 */
export function InspectorPage({ clientCidrHref, serverClock }: InspectorSlots) {
  const { t } = useT(['inspector', 'common']);
  const location = useLocation();
  // Files handed over by the start page's box are read once, on arrival.
  const handOver = location.state as InspectorLocationState | null;
  const handedOver = handOver?.files;
  const symptom = typeof handOver?.symptom === 'string' ? handOver.symptom : undefined;
  const handedPlatform = isPlatformChoice(handOver?.platform) ? handOver.platform : undefined;
  const [files, setFiles] = useState<readonly File[]>(() =>
    isFiles(handedOver) ? handedOver.slice(0, 20) : [],
  );
  const [platform, setPlatform] = useState<PlatformChoice | undefined>(handedPlatform);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [problem, setProblem] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const run = useRef(0);
  // The server's clock is read once, when the page opens (one request to this site).
  const clock = useRef<Promise<SkewResult> | undefined>(undefined);
  useEffect(() => {
    if (serverClock && !clock.current) clock.current = serverClock();
  }, [serverClock]);

  const read = async (list: readonly File[], choice: PlatformChoice | undefined) => {
    const text = textRef.current?.value ?? '';
    if (list.length === 0 && !/\S/.test(text)) {
      setProblem(true);
      return;
    }
    setProblem(false);
    const id = ++run.current;
    setState({ phase: 'reading', count: list.length + (/\S/.test(text) ? 1 : 0) });
    const inputs: { name: string; input: Uint8Array | string }[] = [];
    const failed = new Map<number, EvidenceResult>();
    if (/\S/.test(text)) inputs.push({ name: t('input.pasted'), input: text });
    for (const f of list) {
      const bytes = await fileBytes(f);
      if (bytes) inputs.push({ name: f.name, input: bytes });
      else
        failed.set(inputs.length, {
          name: f.name,
          bytes: f.size,
          kind: 'error',
          error: 'read-failed',
        });
    }
    const skew = await within(clock.current, CLOCK_WAIT_MS);
    const clockOffsetMs = skew?.status === 'measured' ? skew.offsetMs : undefined;
    const clockUncertaintyMs = skew?.status === 'measured' ? skew.uncertaintyMs : 0;
    const read = await readEvidenceFiles(inputs, {
      now: new Date(),
      ...(choice ? { platform: choice } : {}),
      // The inspector takes server − device; the clock check measures device − server.
      ...(clockOffsetMs !== undefined ? { serverClockOffsetMs: -clockOffsetMs } : {}),
    });
    const results: EvidenceResult[] = [];
    read.forEach((r, i) => {
      const f = failed.get(i);
      if (f) results.push(f);
      results.push(r);
    });
    const last = failed.get(read.length);
    if (last) results.push(last);
    if (id === run.current)
      setState({ phase: 'done', results, platform: choice, clockOffsetMs, clockUncertaintyMs });
  };

  useEffect(() => {
    if (files.length === 0 || !isFiles(handedOver)) return;
    void read(files, handedPlatform);
    // Only when a navigation brings files.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  useEffect(() => {
    if (state.phase === 'done') resultsHeading.current?.focus();
  }, [state]);

  const add = (list: FileList | null | undefined) => {
    if (!list || list.length === 0) return;
    // Copied now: the input's FileList empties when its value is reset right after.
    const added = Array.from(list);
    setFiles((old) => [...old, ...added].slice(0, 20));
    setProblem(false);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void read(files, platform);
  };

  const summary = useMemo<SummaryItem[]>(
    () => (problem ? [{ fieldId: TEXT_ID, message: t('problems.nothing') }] : []),
    [problem, t],
  );

  return (
    <main id="main" tabIndex={-1} data-page="inspector" data-phase={state.phase}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="hint">{t('privacy')}</p>
      <ErrorSummary items={summary} />

      <form onSubmit={onSubmit} noValidate className="evidence-input">
        <RadioGroup
          idPrefix="evidence-platform"
          name="platform"
          legend={t('platform.legend')}
          help={t('platform.help')}
          optional
          errors={[]}
          value={platform ?? ''}
          options={PLATFORM_CHOICES.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
          onChange={setPlatform}
        />

        <PasteField
          id={TEXT_ID}
          name="evidence"
          label={t('input.pasteLabel')}
          hint={t('input.pasteHint')}
          error={problem ? t('problems.nothing') : null}
          rows={6}
          textRef={textRef}
        />

        <DropZone
          testId="evidence-drop"
          fileId={FILE_ID}
          label={t('input.fileLabel')}
          hint={t('input.fileHint')}
          dropHint={t('input.dropActive')}
          onFiles={add}
        >
          <input
            type="file"
            id={FILE_ID}
            name="evidence-files"
            multiple
            aria-describedby={`${FILE_ID}-hint`}
            onChange={(e) => {
              add(e.target.files);
              e.target.value = '';
            }}
          />
          {files.length > 0 ? (
            <>
              <h2 className="field-label" id="evidence-chosen">
                {t('input.chosen')}
              </h2>
              <ul aria-labelledby="evidence-chosen" data-testid="evidence-chosen">
                {files.map((f, i) => (
                  <li key={`${f.name}-${i}`}>
                    {f.name}{' '}
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setFiles((old) => old.filter((_, j) => j !== i))}
                    >
                      {t('input.remove')}
                      <span className="visually-hidden"> {f.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </DropZone>
        <button type="submit" className="button">
          {t('input.read')}
        </button>
      </form>

      <div className="evidence-status" role="status">
        {state.phase === 'reading' ? <p>{t('progress.reading', { count: state.count })}</p> : null}
        {state.phase === 'done' ? (
          <p>{t('progress.done', { count: state.results.length })}</p>
        ) : null}
      </div>

      {state.phase === 'done' ? (
        <section aria-labelledby="evidence-results-title" data-testid="evidence-results">
          <h2 id="evidence-results-title" tabIndex={-1} ref={resultsHeading}>
            {t('results.title')}
          </h2>
          {state.results.some(hasCertificates) ? (
            <ClockBasis offsetMs={state.clockOffsetMs} uncertaintyMs={state.clockUncertaintyMs} />
          ) : null}
          <NextSteps
            results={state.results}
            platform={state.platform}
            symptom={symptom}
            clientCidrHref={clientCidrHref}
          />
          {state.results.map((r, i) => (
            <EvidenceResultView key={`${r.name}-${i}`} result={r} index={i} />
          ))}
        </section>
      ) : null}
    </main>
  );
}

const hasCertificates = (r: EvidenceResult) =>
  r.kind === 'certificate' || (r.kind === 'config' && r.certificates.certificates.length > 0);

/** Which clocks the certificate dates were checked against. */
function ClockBasis({
  offsetMs,
  uncertaintyMs,
}: {
  offsetMs: number | undefined;
  uncertaintyMs: number;
}) {
  const { t } = useT('inspector');
  const duration = useDuration();
  const key =
    offsetMs === undefined
      ? 'deviceOnly'
      : Math.abs(offsetMs) <= uncertaintyMs
        ? 'same'
        : offsetMs > 0
          ? 'ahead'
          : 'behind';
  return (
    <p className="hint" data-testid="evidence-clock" data-clock={key}>
      {t(`clock.${key}`, { amount: offsetMs === undefined ? '' : duration(offsetMs) })}
    </p>
  );
}

function NextSteps({
  results,
  platform,
  symptom,
  clientCidrHref,
}: {
  results: readonly EvidenceResult[];
  platform: PlatformChoice | undefined;
  symptom: string | undefined;
  clientCidrHref: InspectorSlots['clientCidrHref'];
}) {
  const lang = useLang();
  const { t } = useT('inspector');
  // Words named from data: cause titles, symptom titles by tree id.
  const { t: tl } = useLooseT('symptoms');
  const terms = useTerms(platform && platform !== 'unsure' ? { platform } : {});
  const links = evidenceWizardLinks(results, platform, symptom);
  const causes = evidenceCauses(results);
  const lans = clientLansOf(results);
  const diagnoses = links.filter((l) => l.stop.kind === 'diagnosis').map((l) => l.stop.node);
  useNamespaces([
    ...new Set([...causes.map((c) => causeNamespace(c.cause)), ...diagnoses.map(causeNamespace)]),
    ...links.map((l) => treeNamespace(l.tree)),
  ]);
  const causeTitle = (id: string) =>
    tl('title', { ns: causeNamespace(id), ...terms, defaultValue: id });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  return (
    <div className="evidence-next" data-testid="evidence-next">
      <h3>{t('proves.title')}</h3>
      {links.length === 0 ? <p>{t('proves.none')}</p> : null}
      {links.map((l) => (
        <div key={l.tree} className="evidence-wizard-link">
          <p>
            <Link
              className="button"
              data-testid="evidence-wizard-link"
              data-stop={l.stop.node}
              to={paths.diagnose.href(lang, l.tree, l.answers, { ...l.extra })}
            >
              {l.stop.kind === 'diagnosis'
                ? t('proves.wizardDone', { cause: causeTitle(l.stop.node) })
                : t('proves.wizard', { symptom: tl(`${l.tree}.title`) })}
            </Link>
          </p>
          <p className="hint">
            {l.proven.length > 0
              ? t('proves.wizardHint', { count: l.proven.length, files: list.format(l.files) })
              : t('proves.wizardNothing')}
          </p>
          {!platform ? <p className="hint">{t('proves.needPlatform')}</p> : null}
        </div>
      ))}
      {lans.length > 0 && clientCidrHref ? (
        <p>
          <Link to={clientCidrHref(lang, lans, platform)} data-testid="evidence-cidr-link">
            {t('proves.toolCidr', { lans: list.format(lans) })}
          </Link>
        </p>
      ) : null}
      {causes.length > 0 ? (
        <>
          <h4>{t('proves.causes')}</h4>
          <ul data-testid="evidence-causes">
            {causes.map((c) => (
              <li key={c.cause}>
                <Link to={paths.cause.href(lang, c.cause)}>{causeTitle(c.cause)}</Link>{' '}
                <span className="hint">({c.file})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
