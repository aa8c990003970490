/**
 * The form logic every tool page shares. The query is the tool's whole state: the page is
 * keyed by it (see {@link useToolQuery}), so a new query (submit, Back, a shared link) starts
 * the form afresh from the decoded values. Submitting validates with the tool's evaluator: a
 * bad value keeps everything typed, shows each error at its field and in the error summary
 * (which takes focus); a good form navigates to the query with the values, whose verdict is
 * shown and focused.
 *
 * @packageDocumentation
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { FieldIssue } from '@/network/cidr';
import type { Lang } from '@/i18n/langs';
import { looseT, useLang, useT } from '@/i18n/use-lang';
import {
  FOCUS_RESULT,
  useFocusResult,
  useIssueText,
  type FieldSpec,
  type PlacedIssue,
} from '@/components/form-kit';
import {
  labelOfSlot,
  placeIssues,
  type ChoiceRow,
  type FieldTable,
  type TextRow,
  type Translate,
} from './tool-fields';
import type { Decoded } from './url-state';

/** What an evaluator returns: ok, or the field errors. */
export interface Evaluation {
  readonly ok: boolean;
  readonly errors?: readonly FieldIssue[];
}

/** A tool: its field table, its query codec, its evaluator and its address. */
export interface ToolDefinition<F, R extends Evaluation> {
  readonly table: FieldTable<F>;
  readonly decode: (query: string) => Decoded<F>;
  /** The query (without `?`) of a submitted form. */
  readonly encode: (form: F) => string;
  readonly evaluate: (form: F) => R;
  readonly href: (lang: Lang, query: string) => string;
}

/** The keys of a form whose values are lists (repeated rows). */
export type ListKey<F> = {
  [K in keyof F]: F[K] extends readonly unknown[] ? K : never;
}[keyof F];
/** One row of list `K`. */
export type ItemOf<F, K extends keyof F> = F[K] extends readonly (infer T)[] ? T : never;

/** The current query string: a tool page keys its form by it. */
export function useToolQuery(): string {
  const [params] = useSearchParams();
  return params.toString();
}

/** The state and actions of a tool's form (see the module comment). */
export function useToolForm<F, R extends Evaluation>(tool: ToolDefinition<F, R>, query: string) {
  const lang = useLang();
  const navigate = useNavigate();
  const { t: typed } = useT(['tools', 'common']);
  // Keys from the tool's field table and the evaluators' codes (data).
  const t = looseT(typed);
  const { table, decode, encode, evaluate, href } = tool;

  const initial = useMemo(() => decode(query), [decode, query]);
  const evaluated = useMemo(
    () => (initial.run ? evaluate(initial.form) : undefined),
    [evaluate, initial],
  );
  const [form, setForm] = useState<F>(initial.form);
  const [issues, setIssues] = useState<readonly PlacedIssue[]>(() =>
    evaluated && !evaluated.ok ? placeIssues(table, evaluated.errors ?? [], initial.form) : [],
  );
  const [stale, setStale] = useState(false);
  const pendingFocus = useRef<string | undefined>(undefined);
  const tr: Translate = (key, params) => t(key, params);
  const { items, bySlot } = useIssueText(issues, (slot) => labelOfSlot(table, slot, tr));
  const errorsOf = (slot: string): string[] => bySlot.get(slot) ?? [];
  const resultRef = useRef<HTMLHeadingElement>(null);
  /** The verdict of the submitted query, while the form has not failed since. */
  const result = evaluated?.ok && !stale ? evaluated : undefined;
  useFocusResult(resultRef, result !== undefined);
  // After adding or removing a row, move focus to the row that takes its place.
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });

  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }));

  /** Add, remove and change the rows of list `key`; focus follows the row that moved. */
  const rows = <K extends ListKey<F>>(
    key: K,
    { max, empty, rowId }: { max: number; empty: ItemOf<F, K>; rowId: (row: number) => string },
  ) => {
    const list = form[key] as readonly ItemOf<F, K>[];
    return {
      list,
      max,
      atMax: list.length >= max,
      add: () => {
        if (list.length >= max) return;
        pendingFocus.current = rowId(list.length);
        set(key, [...list, empty] as F[K]);
      },
      remove: (row: number) => {
        pendingFocus.current = rowId(Math.max(0, row - 1));
        set(key, list.filter((_, i) => i !== row) as F[K]);
      },
      update: (row: number, next: (item: ItemOf<F, K>) => ItemOf<F, K>) =>
        setForm((f) => ({
          ...f,
          [key]: (f[key] as readonly ItemOf<F, K>[]).map((v, i) => (i === row ? next(v) : v)),
        })),
    };
  };

  /** What the form kit needs to draw a text or choice row of the table. */
  const fieldProps = (row: TextRow<F> | ChoiceRow<F>) => {
    const common = {
      id: row.id,
      name: row.name,
      label: t(row.label),
      help: row.hint ? t(row.hint) : undefined,
      optional: row.optional,
    };
    const spec: FieldSpec =
      row.kind === 'choice'
        ? {
            kind: 'choice',
            ...common,
            options: row.options.map((value) => ({
              value,
              label: t(`${row.optionLabels}.${value}`),
            })),
          }
        : {
            kind: 'text',
            ...common,
            numeric: row.numeric,
            multiline: row.multiline,
            list: row.list,
          };
    return {
      spec,
      value: form[row.key] as string,
      onChange: (value: string) => set(row.key, value as F[typeof row.key]),
      errors: row.silent ? [] : errorsOf(row.id),
    };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = evaluate(form);
    if (!r.ok) {
      setIssues(placeIssues(table, r.errors ?? [], form));
      setStale(true);
      return;
    }
    setIssues([]);
    setStale(false);
    void navigate(href(lang, encode(form)), { state: FOCUS_RESULT });
  };

  return {
    table,
    /** The values as typed. */
    form,
    set,
    rows,
    fieldProps,
    errorsOf,
    /** The error summary's items. */
    items,
    submit,
    result,
    /** The form the query holds (the one the verdict is about). */
    submitted: initial.form,
    resultRef,
  };
}

/** What {@link useToolForm} gives a page. */
export type ToolForm<F, R extends Evaluation = Evaluation> = ReturnType<typeof useToolForm<F, R>>;
