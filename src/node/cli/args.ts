// The command-line parser of every `palomma` subcommand and of the repository's tools: options (with --help) by
// node:util's parseArgs, usage errors, http(s) URLs and port numbers read from options, host names compared.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options a command takes, as parseArgs describes them (`{ port: { type: 'string', default: '4010' } }`). */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A bad command line; the message names the option and the reason. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** The parsed values of `Options` plus `help`, typed by each option's `type`, `multiple` and `default`. */
export type OptionValues<Options extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: Options & typeof helpOption }>>['values'];

/** Throws the UsageError a caller's checks report. */
export function usageError(message: string): never {
  throw new UsageError(message);
}

/** Parses `options` (plus --help, -h) strictly: an unknown option or a missing value throws a UsageError. */
export function parseOptions<const Options extends OptionsConfig>(args: string[], options: Options): OptionValues<Options> {
  try {
    return parseArgs({ args, options: { ...options, ...helpOption } }).values as OptionValues<Options>;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Parses `options` (plus --help) for the program `name`: --help prints `usage` and exits 0; a bad option, or a
 * later `fail(message)`, prints the reason and `usage` and exits 2.
 */
export function parseCommandLine<const Options extends OptionsConfig>(
  args: string[],
  name: string,
  usage: string,
  options: Options,
): { values: OptionValues<Options>; fail: (message: string) => never } {
  const fail = (message: string): never => {
    console.error(`${name}: ${message}\n\n${usage}`);
    process.exit(2);
  };
  let values: OptionValues<Options>;
  try {
    values = parseOptions(args, options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(error.message);
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return { values, fail };
}

/** The value of `--flag` as an http: or https: URL, or `fail` saying why not. */
export function httpUrl(flag: string, text: string | undefined, fail: (message: string) => never): URL {
  if (text === undefined) return fail(`--${flag} <url> is required`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`--${flag} ${JSON.stringify(text)} is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`--${flag} must be http: or https:, not ${url.protocol}`);
  return url;
}

/** The value of `--flag` as a TCP port (0-65535, 0: any free one), or `fail` saying why not. */
export function portNumber(flag: string, text: string, fail: (message: string) => never): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) fail(`--${flag} must be a port number from 0 to 65535, not ${JSON.stringify(text)}`);
  return Number(text);
}

// A host name as DNS resolves it, for comparing two: one rule, with the servers' Host check.
export { normalHostname } from '../http/host-check.js';

/** Where a command's port comes from: what listens there, its flag and its environment variable. */
export interface PortSetting {
  /** What listens on it: `mock`, `API`, `control API`. */
  what: string;
  flag: string;
  env: string;
}

/**
 * The one line a command prints when a port it was given is taken (npm start and every `palomma` command): the
 * port, what it was for, and the flag and variable that choose another.
 */
export function portInUseLine(program: string, port: number | string, { what, flag, env }: PortSetting): string {
  return `${program}: port ${port} for the ${what} is already in use. Pick another with --${flag} <port> or ${env}=<port> (0 picks a free one).`;
}

/** Whether `error` is a port another process holds (Node's EADDRINUSE, or the mock's own error saying so). */
export const isPortInUse = (error: unknown): error is Error & { port?: number } => (error as { code?: unknown } | null)?.code === 'EADDRINUSE';
