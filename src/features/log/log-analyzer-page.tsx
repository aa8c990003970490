import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, data, type LoaderFunctionArgs } from 'react-router';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang } from '@/i18n/langs';
import { useLang, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { describedBy } from '@/components/form-kit';
import { PasteField } from '@/components/paste-field';
import { DropZone } from '@/components/drop-zone';
import { LogResults } from './log-results';
import type { AnalysisMessage, RejectReason } from './read-log';
import { startAnalysis, type AnalysisHandle } from './run-analysis';
import './log.css';

/** The analyzer's head. */
export const logAnalyzerHead: HeadFn = ({ t }) => ({ title: [t('title', { ns: 'log' })] });

/** Loads the analyzer's words (the titles of linked causes load with the result). */
export async function logAnalyzerLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, ['common', 'log']);
  return null;
}

type Done = Extract<AnalysisMessage, { type: 'done' }>;
type Problem = RejectReason | 'failed' | 'emptyPaste';

/** The page's local state: never in the URL (a log is big and private). */
type State =
  | { readonly phase: 'idle' }
  | { readonly phase: 'cancelled' }
  | {
      readonly phase: 'running';
      readonly name: string | null;
      readonly done: number;
      readonly total: number;
      readonly lines: number;
    }
  | { readonly phase: 'done'; readonly name: string | null; readonly result: Done }
  | { readonly phase: 'problem'; readonly name: string | null; readonly problem: Problem };

const TEXT_ID = 'log-text';
const FILE_ID = 'log-file';

/** `/<lang>/tools/log-analyzer`: paste or drop an OpenVPN client log; findings in the browser. */
export function LogAnalyzerPage() {
  const lang = useLang();
  const { t } = useT(['log', 'common']);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const handle = useRef<AnalysisHandle | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => handle.current?.cancel(), []);
  useEffect(() => {
    if (state.phase === 'done') resultsHeading.current?.focus();
  }, [state.phase]);

  const run = (source: Parameters<typeof startAnalysis>[0], name: string | null) => {
    handle.current?.cancel();
    setState({ phase: 'running', name, done: 0, total: 0, lines: 0 });
    handle.current = startAnalysis(source, (m) => {
      if (m.type === 'progress') {
        setState({ phase: 'running', name, done: m.done, total: m.total, lines: m.lines });
      } else if (m.type === 'done') {
        handle.current = null;
        setState({ phase: 'done', name, result: m });
      } else {
        handle.current = null;
        setState({ phase: 'problem', name, problem: m.type === 'failed' ? 'failed' : m.reason });
      }
    });
  };

  const analysePaste = (e: FormEvent) => {
    e.preventDefault();
    const text = textRef.current?.value ?? '';
    if (!/\S/.test(text)) {
      handle.current?.cancel();
      setState({ phase: 'problem', name: null, problem: 'emptyPaste' });
      return;
    }
    run({ kind: 'text', text }, null);
  };

  const analyseFile = (file: File | undefined) => {
    if (file) run({ kind: 'file', file }, file.name);
  };

  const cancel = () => {
    handle.current?.cancel();
    handle.current = null;
    setState({ phase: 'cancelled' });
  };

  const problem = state.phase === 'problem' ? state : null;
  const problemText = (p: Problem, name: string | null) =>
    t(`errors.${p}`, { name: name ?? t('progress.pasted') });
  // Stable while the problem is the same: the summary takes focus whenever its items change.
  const summary = useMemo<SummaryItem[]>(
    () =>
      problem
        ? [
            {
              fieldId: problem.problem === 'emptyPaste' ? TEXT_ID : FILE_ID,
              message: t(`errors.${problem.problem}`, {
                name: problem.name ?? t('progress.pasted'),
              }),
            },
          ]
        : [],
    [problem, t],
  );
  const pasteError = problem?.problem === 'emptyPaste';
  const fileError = problem !== null && problem.problem !== 'emptyPaste';
  const running = state.phase === 'running';
  const number = new Intl.NumberFormat(lang);

  return (
    <main id="main" tabIndex={-1} data-page="log-analyzer" data-phase={state.phase}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ErrorSummary items={summary} />

      <form onSubmit={analysePaste} noValidate className="log-input">
        <PasteField
          id={TEXT_ID}
          name="log"
          label={t('input.pasteLabel')}
          hint={t('input.pasteHint')}
          error={pasteError ? problemText('emptyPaste', null) : null}
          rows={10}
          textRef={textRef}
        />
        <button type="submit" className="button">
          {t('input.analysePaste')}
        </button>
      </form>

      <DropZone
        testId="drop-zone"
        fileId={FILE_ID}
        label={t('input.fileLabel')}
        hint={t('input.fileHint')}
        dropHint={t('input.dropActive')}
        error={fileError ? problemText(problem.problem, problem.name) : null}
        onFiles={(files) => analyseFile(files[0])}
      >
        <input
          type="file"
          id={FILE_ID}
          name="log-file"
          accept=".log,.txt,text/plain"
          aria-invalid={fileError || undefined}
          aria-describedby={describedBy(`${FILE_ID}-hint`, fileError && `${FILE_ID}-error`)}
          onChange={(e) => {
            analyseFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </DropZone>

      <details className="log-where">
        <summary>{t('where.title')}</summary>
        <ul>
          <li>
            <strong>{t('common:os.windows')}:</strong> {t('where.windows')}
          </li>
          <li>
            <strong>{t('common:os.macos')}:</strong> {t('where.macos')}
          </li>
          <li>
            <strong>{t('common:os.linux')}:</strong> {t('where.linux')}
          </li>
        </ul>
      </details>

      <div className="log-status" role="status">
        {state.phase === 'running' ? (
          <p>{t('progress.started', { name: state.name ?? t('progress.pasted') })}</p>
        ) : null}
        {state.phase === 'done' ? (
          <p>
            {t('progress.finished', {
              count: state.result.analysis.findings.length,
              findings: number.format(state.result.analysis.findings.length),
              lines: number.format(state.result.analysis.lineCount),
            })}
          </p>
        ) : null}
        {state.phase === 'cancelled' ? <p>{t('progress.cancelled')}</p> : null}
      </div>

      {state.phase === 'running' ? (
        <div className="log-progress" data-testid="log-progress">
          <label htmlFor="log-progress-bar">{t('progress.label')}</label>
          <progress
            id="log-progress-bar"
            max={state.total || 1}
            value={state.total ? state.done : undefined}
          />
          <p className="hint" data-testid="lines-read">
            {t('progress.lines', {
              count: state.lines,
              lines: number.format(state.lines),
              percent: state.total ? Math.floor((state.done / state.total) * 100) : 0,
            })}
          </p>
          <button type="button" className="button secondary" onClick={cancel} disabled={!running}>
            {t('progress.cancel')}
          </button>
        </div>
      ) : null}

      {state.phase === 'done' ? (
        <LogResults
          analysis={state.result.analysis}
          context={state.result.context}
          elapsedMs={state.result.elapsedMs}
          name={state.name}
          headingRef={resultsHeading}
        />
      ) : null}

      <p className="log-tools">
        <Link to={paths.toolsClock.href(lang)}>{t('links.clock')}</Link>
      </p>
    </main>
  );
}
