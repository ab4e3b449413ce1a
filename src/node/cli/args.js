// Command-line plumbing shared by the scripts: parse options (with --help), fail with usage, read an http(s) URL,
// compare host names.
import { parseArgs } from 'node:util';

/** Parses `options` (plus --help); on a bad option prints the reason and `usage`, exit code 2. */
export function parseCommandLine(args, name, usage, options) {
  const fail = (message) => {
    console.error(`${name}: ${message}\n\n${usage}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return { values, fail };
}

/** The value of `--flag` as an http: or https: URL, or `fail` saying why not. */
export function httpUrl(flag, text, fail) {
  if (!text) fail(`--${flag} <url> is required`);
  let url;
  try {
    url = new URL(text);
  } catch {
    fail(`--${flag} ${JSON.stringify(text)} is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`--${flag} must be http: or https:, not ${url.protocol}`);
  return url;
}

/**
 * A host name as DNS resolves it, for comparing two: lower case, without the trailing dot(s) of a fully qualified
 * name (`prod.api.palomma.com.` is `prod.api.palomma.com`) and without IPv6 brackets.
 */
export function normalHostname(hostname) {
  return String(hostname).toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.+$/, '');
}
