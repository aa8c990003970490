/**
 * The decision-tree model. A tree is structure only: ids, options, edges and the names of
 * evaluators. Every word a user reads lives in `locales/<lang>/tree-<treeId>.json`, keyed by
 * node id (see {@link ./validate.ts} for the exact keys each node kind needs).
 *
 * @packageDocumentation
 */

/** A kebab-case id: node ids, option ids, field ids and tree ids all use it. */
export type Id = string;

/** One answer choice of a question. */
export interface Option {
  /** URL-safe (kebab-case) id, stored in the query string as the answer. */
  readonly id: Id;
  /** Id of the node this choice leads to. */
  readonly next: Id;
}

/** A question with two or more options; the user picks one. */
export interface QuestionNode {
  readonly kind: 'question';
  readonly id: Id;
  readonly options: readonly Option[];
}

/** The fixed outcomes of a guided check. */
export const CHECK_OUTCOMES = ['pass', 'fail', 'unsure'] as const;
/** `pass`, `fail` or `unsure` ("can't tell"). */
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/**
 * A guided check: the user runs a command or looks somewhere, then reports what they saw.
 * It always offers pass, fail and can't-tell, each with its own edge.
 */
export interface CheckNode {
  readonly kind: 'check';
  readonly id: Id;
  readonly outcomes: Readonly<Record<CheckOutcome, Id>>;
}

/** The kinds of input a compute node asks for. */
export type FieldType = 'cidr' | 'cidr-list' | 'integer' | 'text' | 'choice';

/** One input of a compute node. */
export interface Field {
  readonly id: Id;
  readonly type: FieldType;
  /** When false, the field may be left empty. */
  readonly required: boolean;
  /** For `choice` fields: the allowed values (their labels live in the locales). */
  readonly choices?: readonly Id[];
}

/**
 * A compute step: input fields evaluated by a named pure function (see {@link Evaluator});
 * the evaluator's result key picks the edge.
 */
export interface ComputeNode {
  readonly kind: 'compute';
  readonly id: Id;
  readonly fields: readonly Field[];
  /** Name of an evaluator in the registry handed to `resolve`. */
  readonly evaluator: string;
  /** Result key → next node id. Every key the evaluator can return must be listed. */
  readonly results: Readonly<Record<Id, Id>>;
  /**
   * Where "I don't know these values" leads (stored as the answer `unsure`). Usually the next
   * most likely check, so a user without the values is never stuck.
   */
  readonly unsure?: Id;
}

/** The answer of a compute node whose user does not know the values. */
export const COMPUTE_UNSURE = 'unsure';

/** A terminal node: a cause and its fix. */
export interface DiagnosisNode {
  readonly kind: 'diagnosis';
  readonly id: Id;
}

/** Any node of a tree. */
export type TreeNode = QuestionNode | CheckNode | ComputeNode | DiagnosisNode;

/** The kind names, in the order they are documented. */
export type NodeKind = TreeNode['kind'];

/** A decision tree for one symptom. */
export interface Tree {
  /** The symptom id, used in `/<lang>/diagnose/<id>`. */
  readonly id: Id;
  /** Id of the first node. */
  readonly root: Id;
  readonly nodes: readonly TreeNode[];
}

/** The inputs of a compute node, field id → raw text typed by the user. */
export type ComputeInput = Readonly<Record<Id, string>>;

/** A stored answer: an option id / check outcome, or the inputs of a compute node. */
export type Answer = string | ComputeInput;

/** All stored answers, keyed by node id (order-free). */
export type Answers = Readonly<Record<Id, Answer>>;

/** A field-level problem found by an evaluator. `code` is a message key, `params` fill it. */
export interface FieldError {
  readonly field: Id;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * What an evaluator returns: a result key that picks the edge, or the field errors that stop it.
 * `details` carries verdict data for the page to show (never needed for routing).
 */
export type EvaluatorResult =
  | { readonly ok: true; readonly result: Id; readonly details?: unknown }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * A pure function from compute inputs to a result key. Must never throw on any input.
 * `context` is every stored answer of the walk (e.g. `context.platform`), read-only.
 */
export interface Evaluator {
  /** Every result key this evaluator can return (checked against the node's `results`). */
  readonly results: readonly Id[];
  readonly evaluate: (input: ComputeInput, context?: Answers) => EvaluatorResult;
  /**
   * One input per result key that makes `evaluate` return that key. `validateTree` checks
   * them; `allPaths` uses them so tests can walk compute steps with real values.
   */
  readonly examples: Readonly<Record<Id, ComputeInput>>;
}

/** Evaluators by name. */
export type EvaluatorRegistry = Readonly<Record<string, Evaluator>>;
