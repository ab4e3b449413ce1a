// What `palomma proxy` may send its example calls (and the API key) to: never production, however Palomma's pages
// spell it, and never a key over plain http to another machine.
import { normalHostname } from '../http/host-check.js';
import { isLoopbackHost } from '../prism/mock.js';

/**
 * Production hosts Palomma names besides the spec's production server: its older pages (and the "Rentals" API's
 * servers) give `api.palomma.com`; the newer pages `prod.api.palomma.com`, which the spec lists.
 */
export const otherProductionHosts: readonly string[] = ['api.palomma.com', 'prod.api.palomma.com'];

/** Every production host name: the spec's production servers and {@link otherProductionHosts}, normalised. */
export function productionHosts(spec: { servers?: { url: string; 'x-environment'?: string }[] }): Set<string> {
  const fromSpec = (spec.servers ?? []).filter((s) => s['x-environment'] === 'production').map((s) => new URL(s.url).hostname);
  return new Set([...fromSpec, ...otherProductionHosts].map(normalHostname));
}

/**
 * Why the proxy must not call `upstream` with a key, or undefined: production (by host name alone, any port or
 * scheme, however spelled), or plain http to a host that is not this machine (the key would cross the network in
 * clear text).
 */
export function upstreamRefusal(upstream: URL, spec: Parameters<typeof productionHosts>[0]): string | undefined {
  if (productionHosts(spec).has(normalHostname(upstream.hostname))) {
    return `refusing ${upstream.host}: it is the production server, where the example calls would move real money`;
  }
  if (upstream.protocol === 'http:' && !isLoopbackHost(upstream.hostname)) {
    return `refusing http://${upstream.host}: the API key would cross the network unencrypted; use https:// (plain http is for this machine only)`;
  }
  return undefined;
}
