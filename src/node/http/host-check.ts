// Which Host names a local server answers to. Any web page can make a browser send requests to 127.0.0.1, and with
// DNS rebinding a page's own name (evil.example) comes to resolve to 127.0.0.1, so the page can read the answers as
// its own origin. Such a request still names the page's host in its Host header: a server that answers only the
// names it is really reached by (loopback names and IP addresses on its own port, plus names allowed explicitly,
// as current dev servers do since their DNS-rebinding advisories) is out of that page's reach.
import { isIP } from 'node:net';

export interface HostPolicy {
  /** The ports the server is reached on: its own, and those of any front that forwards to it unchanged. */
  ports: () => readonly number[];
  /**
   * More host names to answer (`--allowed-host`), on any port: the names of this machine on a network, say. An
   * entry starting with a dot (`.example.test`) allows that name's subdomains too.
   */
  allowedHosts?: readonly string[];
}

/**
 * A host name as DNS resolves it, for comparing two: lower case, without the trailing dot(s) of a fully qualified
 * name (`prod.api.palomma.com.` is `prod.api.palomma.com`) and without IPv6 brackets.
 */
export function normalHostname(name: string): string {
  return String(name).toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '');
}

/** Checks an `--allowed-host` value: a host name (or `.name` for its subdomains), no scheme, port or path. */
export function checkAllowedHost(value: string): string {
  const name = value.startsWith('.') ? value.slice(1) : value;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i.test(name)) {
    throw new TypeError(`allowed host ${JSON.stringify(value)}: must be a host name such as dev.example.test (or .example.test for its subdomains), without scheme, port or path`);
  }
  return value.startsWith('.') ? `.${normalHostname(name)}` : normalHostname(name);
}

/** The host name and port a Host header names, or undefined when it is not `name[:port]`. */
export function parseHostHeader(value: string): { name: string; port: number } | undefined {
  if (!/^[a-z0-9.\-_:[\]]{1,300}$/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(`http://${value}`);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
  return { name: normalHostname(url.hostname), port: url.port === '' ? 80 : Number(url.port) };
}

// localhost and its subdomains resolve to this machine in every current browser; an IP address cannot be
// rebound. Neither can be a name an attacker's DNS controls.
const isLocalName = (name: string) => name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0;

const allowedBy = (name: string, allowed: readonly string[] = []) =>
  allowed.some((entry) => (entry.startsWith('.') ? name === entry.slice(1) || name.endsWith(entry) : name === entry));

/** Why a request's Host header is refused, or undefined when the server answers to that name. */
export function hostRefusal(value: string | undefined, policy: HostPolicy): string | undefined {
  if (value === undefined || value === '') return 'Host: the request names no host; this server answers only requests that do';
  const parsed = parseHostHeader(value);
  const shown = JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
  if (!parsed) return `Host: ${shown} is not a host name with an optional port`;
  const ports = policy.ports();
  if (isLocalName(parsed.name) && ports.includes(parsed.port)) return undefined;
  if (allowedBy(parsed.name, policy.allowedHosts)) return undefined;
  return (
    `Host: ${shown} is not a name this server answers to: it answers localhost and IP addresses on port ${ports.join(' or ')}` +
    ` (names that may resolve elsewhere are refused against DNS rebinding; allow one with --allowed-host <name>)`
  );
}
