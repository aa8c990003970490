import { treeNamespace } from '@/engine';
import { useLooseT, useT } from '@/i18n/use-lang';
import { CodeBlock } from '@/components/code-block';
import { asCommands } from '@/i18n/text';
import { supportNamespace } from './scripts';

interface Props {
  readonly treeId: string;
  readonly nodeId: string;
  /** Platform names for the placeholders. */
  readonly terms: Record<string, string>;
}

/**
 * The support script of a step: what to say or ask, what the customer runs or opens (commands
 * per OS: the script's own, or else the step's from the tree file), what a good and a bad
 * result look like, and why the step matters.
 */
export function SupportScript({ treeId, nodeId, terms }: Props) {
  const ns = supportNamespace(treeId);
  const { t } = useT('support');
  // The script's and the step's words, and keys read from data (os).
  const { t: tl } = useLooseT([ns, treeNamespace(treeId), 'common']);
  const o = { ns, ...terms, defaultValue: '' };
  const base = `nodes.${nodeId}`;
  const text = (key: string) => tl(`${base}.${key}`, o);
  // The script's own commands, or else the step's (one source: the tree file's commands).
  const own = asCommands(tl(`${base}.commands`, { ns, ...terms, returnObjects: true }));
  const commands =
    own.length > 0
      ? own
      : asCommands(
          tl(`${base}.commands`, { ns: treeNamespace(treeId), ...terms, returnObjects: true }),
        );
  const say = text('say');
  // A tree added after its scripts were written: show nothing rather than raw keys.
  if (!say) return null;
  const rows: [string, string, string][] = [
    ['say', t('script.say'), say],
    ['run', t('script.run'), text('run')],
    ['good', t('script.good'), text('good')],
    ['bad', t('script.bad'), text('bad')],
    ['why', t('script.why'), text('why')],
  ];
  return (
    <section className="support-script" aria-labelledby="support-script-title">
      <h2 id="support-script-title">{t('script.title')}</h2>
      <dl>
        {rows.map(([key, label, value]) => (
          <div key={key} className={`support-script-row support-script-${key}`}>
            <dt>{label}</dt>
            <dd>
              <p>{value}</p>
              {key === 'run'
                ? commands.map((c) => (
                    <CodeBlock key={c.os + c.code} code={c.code} label={tl(`common:os.${c.os}`)} />
                  ))
                : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
