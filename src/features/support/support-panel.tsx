import './support.css';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { decodeAnswers, encodeAnswers, trailAnswers, type Resolution, type Tree } from '@/engine';
import { useLang } from '@/i18n/use-lang';
import { readFromFile } from '@/lib/from-file';
import { CaseRecordPanel } from './case-record-panel';
import { syncCase } from './cases';
import { EscalationChecklist } from './escalation-checklist';
import { supportNamespace } from './scripts';
import { StepNotes } from './step-notes';
import { OtherTabNotice } from './other-tab';
import { StorageMessage } from './storage-message';
import { supportStore } from './support-store';
import { SupportScript } from './support-script';
import { useNamespaces } from '@/i18n/use-namespaces';
import { useSupportState } from './use-support';

interface Props {
  readonly tree: Tree;
  readonly resolution: Resolution;
  /** Platform names for the placeholders. */
  readonly terms: Record<string, string>;
}

/**
 * Support mode's part of a wizard page (nothing when the mode is off): the script of the step
 * or the escalation checklist of the diagnosis, the step's notes, and the case record. The
 * walk on screen is saved into the tab's case as it goes.
 */
export function SupportPanel(props: Props) {
  const { on } = useSupportState();
  return on ? <ActiveSupportPanel {...props} /> : null;
}

function ActiveSupportPanel({ tree, resolution, terms }: Props) {
  const lang = useLang();
  const { ready } = useNamespaces(['support', supportNamespace(tree.id)], lang);
  const state = useSupportState();
  const [params] = useSearchParams();
  // A "Change" link shows an earlier step with the later answers still in the URL: the case
  // keeps the full walk until an answer actually changes.
  const editing = params.has('edit');
  const pathQuery = encodeAnswers(trailAnswers(resolution));
  const diagnosisId = resolution.done ? resolution.current.id : undefined;
  // Steps a customer's file answered ("from your file"): the record says so.
  const fromFile = [...readFromFile(params)].sort().join(',');

  useEffect(() => {
    let c = supportStore.caseFor(tree.id);
    if (editing) return;
    // The symptom's first step with nothing answered ("Start again", the next customer): a new
    // case, so the previous walk stays whole in the history.
    if (pathQuery === '' && Object.keys(c.answers).length > 0) c = supportStore.startCase(tree.id);
    supportStore.updateCase(
      c.id,
      (x) =>
        syncCase(
          x,
          decodeAnswers(pathQuery),
          diagnosisId,
          new Date(),
          fromFile ? fromFile.split(',') : [],
        ),
      'case',
    );
  }, [tree.id, pathQuery, diagnosisId, editing, fromFile]);

  const supportCase = state.cases.find((c) => c.id === state.currentId && c.treeId === tree.id);
  if (!ready) return null;
  const node = resolution.current;
  return (
    <div className="support-panel" data-support-panel="">
      <StorageMessage place="case" />
      {node.kind === 'diagnosis' ? (
        <EscalationChecklist causeId={node.id} terms={terms} supportCase={supportCase} />
      ) : (
        <SupportScript treeId={tree.id} nodeId={node.id} terms={terms} />
      )}
      {supportCase ? (
        <>
          <OtherTabNotice treeId={tree.id} current={supportCase} />
          <StepNotes
            key={`${supportCase.id}:${node.id}`}
            caseId={supportCase.id}
            nodeId={node.id}
            value={
              Object.hasOwn(supportCase.notes, node.id) ? (supportCase.notes[node.id] ?? '') : ''
            }
          />
          <CaseRecordPanel tree={tree} supportCase={supportCase} />
        </>
      ) : null}
    </div>
  );
}
