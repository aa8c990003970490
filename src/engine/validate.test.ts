import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnosis,
  diamondTree,
  fixtureEvaluators,
  fixtureLocales,
  fixtureTree,
  protoTree,
  question,
  sizeCheck,
  treeOf,
  type MutableLocales,
} from './test-trees';
import { causeNamespace, treeNamespace, validateTree } from './validate';
import type { Evaluator, Tree, TreeNode } from './types';

const evaluators = fixtureEvaluators;
const check = (tree: Tree) => validateTree(tree, { evaluators });

/** The fixture with its locale bundles changed by `edit`. */
function withLocales(edit: (l: MutableLocales) => void): string[] {
  const locales = fixtureLocales();
  edit(locales);
  return validateTree(fixtureTree, { evaluators, locales });
}

/** `locales[lang]['tree-fixture'].nodes` */
function nodesOf(l: MutableLocales, lang = 'en'): Record<string, Record<string, unknown>> {
  return l[lang]?.['tree-fixture']?.nodes as Record<string, Record<string, unknown>>;
}

const pool = (
  evaluator = 'size-check',
  results: Readonly<Record<string, string>> = { small: 'end', big: 'end' },
): TreeNode => ({
  kind: 'compute',
  id: 'pool',
  fields: [{ id: 'size', type: 'integer', required: true }],
  evaluator,
  results,
});

describe('validateTree: sound trees', () => {
  it('accepts the fixture trees', () => {
    expect(check(fixtureTree)).toEqual([]);
    expect(check(diamondTree)).toEqual([]);
    expect(check(protoTree)).toEqual([]);
    expect(check(treeOf([question('q', ['a', 'x'], ['b', 'x']), diagnosis('x')]))).toEqual([]);
  });

  it('accepts the fixture with complete en and ja words', () => {
    expect(validateTree(fixtureTree, { evaluators, locales: fixtureLocales() })).toEqual([]);
  });

  it('names the namespaces', () => {
    expect(treeNamespace('cannot-connect')).toBe('tree-cannot-connect');
    expect(causeNamespace('invalid-config')).toBe('cause-invalid-config');
  });
});

describe('validateTree: structure', () => {
  it('reports an edge to a missing node', () => {
    const tree = treeOf([question('q', ['a', 'end'], ['b', 'ghost']), diagnosis('end')]);
    expect(check(tree)).toEqual(['"q" → "ghost" targets a missing node']);
  });

  it('reports a missing root', () => {
    expect(check({ ...treeOf([diagnosis('end')]), root: 'start' })).toEqual([
      'root "start" is missing',
    ]);
  });

  it('reports an unreachable node', () => {
    const tree = treeOf([
      question('q', ['a', 'end'], ['b', 'end']),
      question('island', ['a', 'end'], ['b', 'end']),
      diagnosis('end'),
      diagnosis('lost'),
    ]);
    expect(check(tree)).toEqual([
      '"island" is unreachable from the root',
      '"lost" is unreachable from the root',
    ]);
  });

  it('reports a cycle', () => {
    const tree = treeOf([
      question('a', ['next', 'b'], ['stop', 'end']),
      question('b', ['back', 'a'], ['stop', 'end']),
      diagnosis('end'),
    ]);
    expect(check(tree)).toEqual(['cycle: a → b → a']);
  });

  it('reports a self-loop as a cycle', () => {
    const tree = treeOf([question('a', ['again', 'a'], ['stop', 'end']), diagnosis('end')]);
    expect(check(tree)).toEqual(['cycle: a → a']);
  });

  it('reports a dead end (a node that leads to no diagnosis)', () => {
    const stuck: Evaluator = {
      results: [],
      examples: {},
      evaluate: () => ({ ok: false, errors: [] }),
    };
    const tree = treeOf([
      question('q', ['a', 'pool'], ['b', 'end']),
      pool('stuck', {}),
      diagnosis('end'),
    ]);
    expect(validateTree(tree, { evaluators: { stuck } })).toEqual(['"pool" leads to no diagnosis']);
  });

  it('reports a loop with no way out as a cycle and dead ends', () => {
    const tree = treeOf([
      question('q', ['a', 'x'], ['b', 'end']),
      question('x', ['a', 'y'], ['b', 'y']),
      question('y', ['a', 'x'], ['b', 'x']),
      diagnosis('end'),
    ]);
    const errors = check(tree);
    expect(errors).toContain('cycle: q → x → y → x');
    expect(errors).toContain('"x" leads to no diagnosis');
    expect(errors).toContain('"y" leads to no diagnosis');
  });

  it.each([
    ['upper case', 'Start'],
    ['underscore', 'log_message'],
    ['leading dash', '-start'],
    ['double dash', 'log--message'],
    ['dot', 'log.message'],
    ['too long', 'a'.repeat(65)],
  ])('reports a non-kebab node id (%s)', (_name, id) => {
    const tree = treeOf([question(id, ['a', 'end'], ['b', 'end']), diagnosis('end')]);
    expect(check(tree)).toEqual([`node id "${id}" is not kebab-case`]);
  });

  it('reports non-kebab tree, option and field ids', () => {
    const tree: Tree = {
      id: 'Cannot Connect',
      root: 'q',
      nodes: [
        question('q', ['Yes', 'pool'], ['no', 'end']),
        {
          kind: 'compute',
          id: 'pool',
          fields: [{ id: 'Size_Field', type: 'integer', required: true }],
          evaluator: 'size-check',
          results: { small: 'end', big: 'end' },
        },
        diagnosis('end'),
      ],
    };
    expect(check(tree)).toEqual([
      'tree id "Cannot Connect" is not kebab-case',
      '"q" answer "Yes" is not kebab-case',
      '"pool" field "Size_Field" is not kebab-case',
    ]);
  });

  it.each(['edit', 'support', 'lang', 'from'])('reports the reserved node id %s', (id) => {
    const tree = treeOf([question('q', ['a', id], ['b', 'end']), diagnosis(id), diagnosis('end')]);
    expect(check(tree)).toEqual([`node id "${id}" is a reserved query key`]);
  });

  it('reports duplicate node ids', () => {
    const tree = treeOf([
      question('q', ['a', 'end'], ['b', 'end']),
      diagnosis('end'),
      diagnosis('end'),
    ]);
    expect(check(tree)).toEqual(['duplicate node id "end"']);
  });

  it('reports a repeated option id', () => {
    const tree = treeOf([
      question('q', ['a', 'end'], ['a', 'other']),
      diagnosis('end'),
      diagnosis('other'),
    ]);
    expect(check(tree)).toContain('"q" repeats an answer id');
  });

  it.each([
    ['one option', [['only', 'end']]],
    ['no option', []],
  ] as const)('reports a question with fewer than 2 options (%s)', (_name, options) => {
    const tree = treeOf([
      question('q', ...options.map(([o, n]) => [o, n] as [string, string])),
      diagnosis('end'),
    ]);
    expect(check(tree)).toContain('question "q" has fewer than 2 options');
  });

  it('reports a missing evaluator', () => {
    const tree = treeOf([pool('no-such-evaluator'), diagnosis('end')]);
    expect(check(tree)).toEqual(['"pool" names missing evaluator "no-such-evaluator"']);
  });

  it('reports node results that differ from the evaluator results', () => {
    const tree = treeOf([pool('size-check', { small: 'end', huge: 'end' }), diagnosis('end')]);
    expect(check(tree)).toEqual(['"pool" results [huge,small] ≠ evaluator results [big,small]']);
    const fewer = treeOf([pool('size-check', { small: 'end' }), diagnosis('end')]);
    expect(check(fewer)).toEqual(['"pool" results [small] ≠ evaluator results [big,small]']);
  });

  it('reports an example that gives another result, is rejected, or is missing', () => {
    const tree = treeOf([pool('e'), diagnosis('end')]);
    const wrong: Evaluator = {
      ...sizeCheck,
      examples: { small: { size: '1' }, big: { size: '2' } },
    };
    expect(validateTree(tree, { evaluators: { e: wrong } })).toEqual([
      'evaluator "e" example for "big" does not give it',
    ]);
    const rejected: Evaluator = {
      ...sizeCheck,
      examples: { small: { size: 'x' }, big: { size: '99' } },
    };
    expect(validateTree(tree, { evaluators: { e: rejected } })).toEqual([
      'evaluator "e" example for "small" does not give it',
    ]);
    const missing: Evaluator = { ...sizeCheck, examples: { big: { size: '99' } } };
    expect(validateTree(tree, { evaluators: { e: missing } })).toEqual([
      'evaluator "e" example for "small" does not give it',
    ]);
  });
});

describe('validateTree: locale files', () => {
  it('reports a missing tree file', () => {
    const errors = withLocales((l) => {
      delete l.ja?.['tree-fixture'];
    });
    expect(errors).toContain('ja/tree-fixture.json is missing');
  });

  it('reports a tree file without nodes', () => {
    const errors = withLocales((l) => {
      delete l.en?.['tree-fixture']?.nodes;
      delete l.ja?.['tree-fixture']?.nodes;
    });
    expect(errors).toEqual(['en/tree-fixture: lacks "nodes"', 'ja/tree-fixture: lacks "nodes"']);
  });

  it('reports missing node text', () => {
    const errors = withLocales((l) => {
      delete nodesOf(l, 'en').pool;
      delete nodesOf(l, 'ja').pool;
    });
    expect(errors).toEqual([
      'en/tree-fixture: missing text for compute "pool"',
      'ja/tree-fixture: missing text for compute "pool"',
    ]);
  });

  it.each([
    ['platform', 'title'],
    ['platform', 'options'],
    ['network-check', 'body'],
    ['pool', 'fields'],
    ['pool', 'results'],
  ])('reports a missing required key %s.%s', (node, key) => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) delete nodesOf(l, lang)[node]?.[key];
    });
    expect(errors).toContain(`en/tree-fixture: "${node}" lacks "${key}"`);
    expect(errors).toContain(`ja/tree-fixture: "${node}" lacks "${key}"`);
  });

  it('reports a missing option, outcome, field or result key', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) {
        const n = nodesOf(l, lang);
        delete (n.platform?.options as Record<string, unknown>).other;
        delete (n['network-check']?.options as Record<string, unknown>).unsure;
        delete (n.pool?.fields as Record<string, unknown>).size;
        delete (n.pool?.results as Record<string, unknown>).big;
      }
    });
    expect(errors).toContain('en/tree-fixture: "platform.options.other" missing');
    expect(errors).toContain('en/tree-fixture: "network-check.options.unsure" missing');
    expect(errors).toContain('en/tree-fixture: "pool.fields.size" missing');
    expect(errors).toContain('en/tree-fixture: "pool.results.big" missing');
  });

  it('reports missing tree-level and cause keys', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) {
        delete l[lang]?.['tree-fixture']?.summary;
        delete l[lang]?.['cause-blocked']?.verify;
      }
    });
    expect(errors).toEqual([
      'en/tree-fixture: lacks "summary"',
      'en/cause-blocked: lacks "verify"',
      'ja/tree-fixture: lacks "summary"',
      'ja/cause-blocked: lacks "verify"',
    ]);
  });

  it('reports an unused node key', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) nodesOf(l, lang).platform!.body = 'questions have no body';
    });
    expect(errors).toEqual([
      'en/tree-fixture: "platform.body" is unused',
      'ja/tree-fixture: "platform.body" is unused',
    ]);
  });

  it('reports unused option, outcome, field, result and hint keys', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) {
        const n = nodesOf(l, lang);
        (n.platform?.options as Record<string, unknown>).gcp = 'Google';
        (n.platform?.hints as Record<string, unknown>).gcp = 'hint';
        (n['network-check']?.options as Record<string, unknown>).maybe = 'maybe';
        (n.pool?.fields as Record<string, unknown>).count = { label: 'Count' };
        (n.pool?.results as Record<string, unknown>).huge = 'Huge';
      }
    });
    for (const key of [
      'platform.options.gcp',
      'platform.hints.gcp',
      'network-check.options.maybe',
      'pool.fields.count',
      'pool.results.huge',
    ]) {
      expect(errors).toContain(`en/tree-fixture: "${key}" is unused`);
      expect(errors).toContain(`ja/tree-fixture: "${key}" is unused`);
    }
    expect(errors).toHaveLength(10);
  });

  it('reports an options value that is not an object', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) nodesOf(l, lang).platform!.options = 'Alibaba, Other';
    });
    expect(errors).toEqual([
      'en/tree-fixture: "platform.options" must be an object',
      'ja/tree-fixture: "platform.options" must be an object',
    ]);
  });

  it('reports an unused top-level key, cause key and node', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) {
        l[lang]!['tree-fixture']!.intro = 'not a key';
        l[lang]!['cause-all-good']!.fix = 'not a key';
        nodesOf(l, lang).ghost = { title: 'gone', options: { a: 'a' } };
      }
    });
    expect(errors).toEqual([
      'en/tree-fixture: "intro" is unused',
      'en/cause-all-good: "fix" is unused',
      'en/tree-fixture: node "ghost" is unused',
      'ja/tree-fixture: "intro" is unused',
      'ja/cause-all-good: "fix" is unused',
      'ja/tree-fixture: node "ghost" is unused',
    ]);
  });

  it.each([
    ['empty', ''],
    ['blank', '  \n'],
    ['null', null],
    ['boolean', true],
    ['empty list', []],
    ['empty object', {}],
  ])('reports an %s leaf', (_name, value) => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) {
        l[lang]!['tree-fixture']!.keywords = value;
        l[lang]!['cause-blocked']!.collect = [value];
      }
    });
    expect(errors).toContain(`en/tree-fixture: "keywords" is empty or not text`);
    expect(errors).toContain(`ja/tree-fixture: "keywords" is empty or not text`);
    expect(errors).toContain(`en/cause-blocked: "collect.0" is empty or not text`);
  });

  it('accepts numbers as text leaves', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) nodesOf(l, lang).pool!.help = 4;
    });
    expect(errors).toEqual([]);
  });

  it('reports an en/ja key mismatch in both directions', () => {
    const errors = withLocales((l) => {
      nodesOf(l, 'en').platform!.help = 'Where your gateway runs.';
      (l.ja!['cause-blocked']!.steps as unknown[]).push({ text: '追加の手順' });
    });
    expect(errors).toEqual([
      'tree-fixture: "nodes.platform.help" is in en but not in ja',
      'cause-blocked: "steps.1.text" is in ja but not in en',
    ]);
  });

  it('reports a diagnosis whose cause file is missing', () => {
    const errors = withLocales((l) => {
      delete l.en!['cause-too-small'];
      delete l.ja!['cause-too-small'];
    });
    expect(errors).toEqual([
      'en/cause-too-small.json is missing',
      'ja/cause-too-small.json is missing',
    ]);
  });

  it('reports a diagnosis whose cause file lacks its text', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) {
        for (const key of ['title', 'summary', 'cause', 'steps', 'verify', 'collect', 'sources'])
          delete l[lang]!['cause-too-small']![key];
        l[lang]!['cause-too-small']!.keywords = 'only keywords';
      }
    });
    for (const key of ['title', 'summary', 'cause', 'steps', 'verify', 'collect', 'sources'])
      expect(errors).toContain(`en/cause-too-small: lacks "${key}"`);
  });

  it('reports a diagnosis whose text is in the tree file', () => {
    const errors = withLocales((l) => {
      for (const lang of ['en', 'ja']) nodesOf(l, lang).blocked = { title: 'Blocked' };
    });
    expect(errors).toEqual([
      'en/tree-fixture: diagnosis "blocked" belongs in cause-blocked.json',
      'ja/tree-fixture: diagnosis "blocked" belongs in cause-blocked.json',
    ]);
  });

  it('checks every language given', () => {
    const locales = fixtureLocales();
    locales.de = structuredClone(locales.en!);
    delete nodesOf(locales, 'de')['network-check']!.body;
    const errors = validateTree(fixtureTree, { evaluators, locales });
    expect(errors).toContain('de/tree-fixture: "network-check" lacks "body"');
    expect(errors).toContain('tree-fixture: "nodes.network-check.body" is in en but not in de');
  });
});

describe('validateTree: properties', () => {
  const ids = fixtureTree.nodes.map((n) => n.id);

  it('never throws on randomly rewired edges, and flags every missing target (1,000 runs)', () => {
    const target = fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.array(target, { minLength: 7, maxLength: 7 }),
        fc.constantFrom(...ids, 'nope'),
        (t, root) => {
          const [a, b, c, d, e, f, g] = t as [
            string,
            string,
            string,
            string,
            string,
            string,
            string,
          ];
          const tree: Tree = {
            id: 'rewired',
            root,
            nodes: [
              question('platform', ['alibaba', a], ['other', b]),
              { kind: 'check', id: 'network-check', outcomes: { pass: c, fail: d, unsure: e } },
              pool('size-check', { small: f, big: g }),
              diagnosis('blocked'),
              diagnosis('too-small'),
              diagnosis('all-good'),
            ],
          };
          const errors = validateTree(tree, { evaluators, locales: fixtureLocales() });
          expect(Array.isArray(errors)).toBe(true);
          const known = new Set(tree.nodes.map((n) => n.id));
          for (const next of t)
            if (!known.has(next))
              expect(errors.some((m) => m.includes(`→ "${next}" targets`))).toBe(true);
          if (!known.has(root)) expect(errors).toContain(`root "${root}" is missing`);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
