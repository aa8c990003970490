import { treeNamespace } from '@/engine';
import { useT } from '@/i18n/use-lang';
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
  const { t } = useT([ns, treeNamespace(treeId), 'support', 'common']);
  const o = { ns, ...terms, defaultValue: '' };
  const base = `nodes.${nodeId}`;
  const text = (key: string) => t(`${base}.${key}`, o);
  // The script's own commands, or else the step's (one source: the tree file's commands).
  const own = asCommands(t(`${base}.commands`, { ns, ...terms, returnObjects: true }));
  const commands =
    own.length > 0
      ? own
      : asCommands(
          t(`${base}.commands`, { ns: treeNamespace(treeId), ...terms, returnObjects: true }),
        );
  const say = text('say');
  // A tree added after its scripts were written: show nothing rather than raw keys.
  if (!say) return null;
  const rows: [string, string, string][] = [
    ['say', t('support:script.say'), say],
    ['run', t('support:script.run'), text('run')],
    ['good', t('support:script.good'), text('good')],
    ['bad', t('support:script.bad'), text('bad')],
    ['why', t('support:script.why'), text('why')],
  ];
  return (
    <section className="support-script" aria-labelledby="support-script-title">
      <h2 id="support-script-title">{t('support:script.title')}</h2>
      <dl>
        {rows.map(([key, label, value]) => (
          <div key={key} className={`support-script-row support-script-${key}`}>
            <dt>{label}</dt>
            <dd>
              <p>{value}</p>
              {key === 'run'
                ? commands.map((c) => (
                    <CodeBlock key={c.os + c.code} code={c.code} label={t(`common:os.${c.os}`)} />
                  ))
                : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
