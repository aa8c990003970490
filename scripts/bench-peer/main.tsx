/**
 * The SurveyJS peer of the bench (issue 18): the cannot-connect tree with its English words,
 * as a SurveyJS survey, one question per page. `scripts/bench-peer.mjs` builds it with the
 * app's Vite, target and minifier and times its first question against the app's.
 *
 * The mapping: a question or check is a radio group on its own page, visible when one of the
 * answers that lead to it is chosen (`clearInvisibleValues: 'onHidden'` clears an answer whose
 * question is hidden, so a whole branch hides with it); a compute step is a page of text
 * inputs (the peer has no evaluators, so nothing follows it); a diagnosis is a closing panel
 * naming the cause.
 */
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.min.css';
import { cannotConnect } from '../../src/trees/cannot-connect';
import type { TreeNode } from '../../src/engine/types';
import words from '../../locales/en/tree-cannot-connect.json';

interface NodeWords {
  readonly title?: string;
  readonly help?: string;
  readonly body?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly fields?: Readonly<Record<string, { readonly label?: string }>>;
}
const nodeWords = words.nodes as Readonly<Record<string, NodeWords>>;
const name = (id: string) => id.replace(/-/g, '_');

/** Every edge into a node: the question and the answer that lead there. */
const incoming = new Map<string, string[]>();
const edge = (from: string, answer: string, to: string) =>
  incoming.set(to, [...(incoming.get(to) ?? []), `{${name(from)}} = '${answer}'`]);
for (const node of cannotConnect.nodes) {
  if (node.kind === 'question') for (const o of node.options) edge(node.id, o.id, o.next);
  if (node.kind === 'check') {
    for (const [outcome, next] of Object.entries(node.outcomes)) edge(node.id, outcome, next);
  }
}

function element(node: TreeNode): Record<string, unknown> {
  const w = nodeWords[node.id] ?? {};
  const title = w.title ?? node.id;
  const description = w.help ?? w.body;
  switch (node.kind) {
    case 'question':
    case 'check': {
      const ids =
        node.kind === 'question' ? node.options.map((o) => o.id) : ['pass', 'fail', 'unsure'];
      return {
        type: 'radiogroup',
        name: name(node.id),
        title,
        description,
        isRequired: true,
        choices: ids.map((id) => ({ value: id, text: w.options?.[id] ?? id })),
      };
    }
    case 'compute':
      return {
        type: 'panel',
        name: name(node.id),
        title,
        description,
        elements: node.fields.map((f) => ({
          type: 'text',
          name: `${name(node.id)}__${name(f.id)}`,
          title: w.fields?.[f.id]?.label ?? f.id,
          isRequired: f.required,
        })),
      };
    case 'diagnosis':
      return { type: 'html', name: name(node.id), html: `<h2>Diagnosis: ${node.id}</h2>` };
  }
}

const pages = cannotConnect.nodes.map((node) => {
  const into = incoming.get(node.id);
  return {
    name: `page_${name(node.id)}`,
    elements: [element(node)],
    // Reached only through a compute step (no evaluators here): never shown.
    ...(node.id === cannotConnect.root ? {} : { visibleIf: into ? into.join(' or ') : 'false' }),
  };
});

const model = new Model({
  title: words.title,
  clearInvisibleValues: 'onHidden',
  showQuestionNumbers: 'off',
  pages,
});

createRoot(document.getElementById('root')!).render(
  <main id="main">
    <Survey model={model} />
  </main>,
);
