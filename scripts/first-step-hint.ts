/**
 * The first step's preloads, decided in the browser. A symptom's shell
 * (`/<lang>/diagnose/<symptom>`) is one static file for its first question and for every
 * shared link with answers (`?platform=…`), and only a question needs the step form. The shell
 * therefore names the step form's files on a small classic script (`data-preload`, same
 * origin, so `script-src 'self'` holds), which adds their `modulepreload` links when the query
 * carries no answer. It runs as soon as it arrives (`async`), long before the entry has
 * downloaded, so the form still downloads beside the entry on a first step.
 */
import { createHash } from 'node:crypto';

/**
 * The script's source: adds a preload per file of `data-preload` unless a query key other than
 * `reservedKeys` (the URL's keys that are not answers) is present. ES5, no globals left behind.
 */
export function hintSource(reservedKeys: readonly string[]): string {
  return `(function(s){if(!s)return;var keys=${JSON.stringify(reservedKeys)},answer=false;new URLSearchParams(location.search).forEach(function(v,k){if(keys.indexOf(k)<0)answer=true});if(answer)return;(s.getAttribute("data-preload")||"").split(" ").forEach(function(h){if(!h)return;var l=document.createElement("link");if(/\\.css$/.test(h)){l.rel="preload";l.as="style"}else{l.rel="modulepreload";l.crossOrigin=""}l.href=h;document.head.appendChild(l)})})(document.currentScript);\n`;
}

/** The script as an asset with a content hash in its name (it can be cached for good). */
export function hintAsset(reservedKeys: readonly string[]): { fileName: string; source: string } {
  const source = hintSource(reservedKeys);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `assets/first-step-${hash}.js`, source };
}
