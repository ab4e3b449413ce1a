// Debian packages the tests run (Chromium, redis-server): found at their usual path or an override, else installed
// with apt-get, as root or through sudo.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { redisServerBinary } from '../../tools/bench/redis-server.mjs';

/** The programs the tests need from Debian: where each is expected, and the variable that can point elsewhere. */
export const debianTools = {
  chromium: { package: 'chromium', path: '/usr/bin/chromium', env: 'CHROMIUM_PATH', usedBy: 'the browser tests' },
  redis: { ...redisServerBinary, usedBy: 'the Redis webhook store tests' },
};

/** Where `tool` is on this machine: its override, or Debian's path. */
export const toolPath = (tool) => process.env[tool.env] || tool.path;

/**
 * Makes sure every tool in `tools` is there, installing the missing ones with one apt-get run. Returns false (having
 * said why on stderr) when one cannot be had; an override pointing nowhere is never "fixed" by an install.
 */
export function ensureDebianTools(tools) {
  const missing = tools.filter((tool) => !existsSync(toolPath(tool)));
  for (const tool of missing.filter((t) => process.env[t.env])) {
    console.error(`${tool.env}=${process.env[tool.env]} does not exist; point it at the ${tool.package} binary or unset it to use Debian's.`);
  }
  if (missing.some((t) => process.env[t.env])) return false;
  if (missing.length === 0) return true;
  const names = missing.map((t) => t.package);
  if (!existsSync('/usr/bin/apt-get')) {
    for (const tool of missing) console.error(`${tool.usedBy} need ${tool.package}: install it, then set ${tool.env} to its binary.`);
    return false;
  }
  const asRoot = process.getuid?.() === 0;
  const run = (args) =>
    execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log(`Missing for ${missing.map((t) => t.usedBy).join(' and ')}: installing Debian's ${names.join(', ')} (apt-get)…`);
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', ...names]);
  } catch (error) {
    console.error(`Could not install ${names.join(', ')} with apt-get (${error.message}). Install them, or set ${missing.map((t) => t.env).join(' / ')}.`);
    return false;
  }
  for (const tool of missing) console.log(`${tool.package} installed at ${toolPath(tool)}.`);
  return missing.every((tool) => existsSync(toolPath(tool)));
}
