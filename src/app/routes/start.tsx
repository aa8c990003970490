import { EvidenceBox } from '@/features/inspector/evidence-box';
import { StartPage, startHead } from '@/features/start/start-page';
import { ToolsList } from '@/features/tools/tools-list';
import type { RouteHandle } from '@/i18n/head';

export { startLoader as loader } from '@/features/start/start-page';

export const handle: RouteHandle = { head: startHead };

/** `/<lang>/`: the symptoms, with the one evidence box and the tools composed in. */
export function Component() {
  return <StartPage afterSymptoms={<EvidenceBox place="start" />} tools={<ToolsList />} />;
}
