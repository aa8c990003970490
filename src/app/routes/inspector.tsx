import type { RouteHandle } from '@/i18n/head';
import { paths } from '@/config/paths';
import { EMPTY_CLIENT_CIDR_FORM, encodeClientCidr } from '@/features/tools/url-state';
import { InspectorPage, inspectorHead } from '@/features/inspector/inspector-page';
import { isPlatform } from '@/network/platforms';
import { measureServerClock } from '@/features/clock/server-clock';
import type { Lang } from '@/i18n/langs';

export { inspectorLoader as loader } from '@/features/inspector/inspector-page';

export const handle: RouteHandle = { head: inspectorHead };

/** The client CIDR check with the LANs a network dump found (the pool is for the user to type). */
function clientCidrHref(lang: Lang, lans: readonly string[], platform?: string): string {
  const form = {
    ...EMPTY_CLIENT_CIDR_FORM,
    ...(isPlatform(platform) ? { platform } : {}),
    clientLans: lans.join(', '),
  };
  return paths.toolsClientCidr.href(lang, encodeClientCidr(form, false));
}

/** The clock check's request to this site, for certificate dates against the server's clock. */
const serverClock = () => measureServerClock(window.location.origin);

/**
 * `/<lang>/tools/inspector`: the file reader, with the client CIDR tool's link and the clock
 * check's server clock composed in.
 */
export function Component() {
  return <InspectorPage clientCidrHref={clientCidrHref} serverClock={serverClock} />;
}
