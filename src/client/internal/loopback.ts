// Which hosts only this machine can reach: one rule for the client (plain http: to a local mock), the mock, the
// sandbox and the command line. Parsed with the URL parser, not node:net, so the client can use it anywhere.

// Four decimal parts of 0-255 with no leading zeros: `127.1`, `127.0.0.01` and `127.999.0.1` are not addresses.
const part = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4 = new RegExp(`^${part}(\\.${part}){3}$`);

/**
 * True for hosts that only this machine can reach: `localhost`, the IPv4 addresses 127.0.0.0/8 (strictly: four
 * decimal parts of 0-255) and the IPv6 loopback ::1 in any spelling, bracketed or not (also IPv4-mapped 127.x).
 * A name such as `127.example.com` is not loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = String(host).replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (ipv4.test(bare)) return bare.startsWith('127.');
  // IPv6: hex digits, colons and (for an embedded IPv4 part) dots only, so nothing but an address reaches the parser.
  if (!bare.includes(':') || !/^[0-9a-f:.]+$/.test(bare)) return false;
  let canonical: string;
  try {
    canonical = new URL(`http://[${bare}]`).hostname; // compressed form: [::1], [::ffff:7f00:1]
  } catch {
    return false;
  }
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}
