// The sandbox as two `npm start` services, its API (Prism's proxy) and its control API, both from one sandbox per
// good spec: a good save starts a new sandbox and stops the old one. The new one takes over the old one's state
// (every merchant) when the new spec still accepts every object, and starts empty, saying why, when it does not.
// What a sandbox runs on (its server and core, the state check) is loaded when first asked for: npm start asks once
// its Prism and Redocly processes are loading, rather than spend a seventh of a second before it starts them.
import { dirname } from 'node:path';

let loaded;
let modules;
export const loadSandboxModules = () =>
  (modules ??= Promise.all([import('../../src/node/sandbox/server.js'), import('../../src/node/sandbox/index.js'), import('./state-check.mjs')]).then(
    ([server, index, check]) => (loaded = { startSandboxWithCore: server.startSandboxWithCore, defaultToken: index.defaultToken, objectChecker: check.objectChecker }),
  ));

/**
 * `{ api, control, setPublicUrl, setPublicControlUrl, setLog }`: the two service entries for services.mjs. The control entry
 * hands out the control port of the sandbox the API entry started from the same snapshot; stopping the API
 * instance stops the whole sandbox. Each sandbox's validating proxy runs in `prism` (prism-pool.mjs), the Prism
 * process the mock runs in.
 */
export function sandboxServices({ prism }) {
  const started = new Map(); // snapshot file -> Promise of the sandbox started from it
  let publicUrl;
  let publicControlUrl;
  let log = () => {};
  let latest; // the sandbox started last: the one serving, or about to be
  const successors = new WeakMap(); // sandbox -> { sandbox, fromChanges, toChanges }: who took its state, and when
  // The fronts forward with the Host unchanged: the sandbox answers the fronts' ports as its own.
  const options = ({ defaultToken }) => ({
    token: process.env.PALOMMA_SANDBOX_TOKEN || defaultToken,
    ...(process.env.PALOMMA_INTEGRITY_KEY ? { integrityKey: process.env.PALOMMA_INTEGRITY_KEY } : {}),
    publicUrl: () => publicUrl,
    publicControlUrl: () => publicControlUrl,
  });
  const sandboxFor = (specFile) => {
    if (!started.has(specFile)) {
      const sandbox = loadSandboxModules()
        .then((m) => m.startSandboxWithCore({ ...options(m), spec: specFile, port: 0, controlPort: 0 }, { launchPrism: (call, port) => prism.serve(dirname(specFile), call, port) }))
        .then(({ server, core }) => Object.assign(server, { core }));
      started.set(specFile, sandbox);
      sandbox.catch(() => started.delete(specFile));
    }
    return started.get(specFile);
  };
  const portOf = (url) => Number(new URL(url).port);

  /** Loads `from`'s merchants into `to`, checked against `to`'s spec; says what happened. */
  function carryOver(from, to, { quiet = false } = {}) {
    const states = from.core.snapshotAll();
    const objects = Object.values(states).reduce((n, state) => n + Object.entries(state.objects).filter(([resource]) => resource !== 'merchantAccounts').reduce((m, [, rows]) => m + rows.length, 0), 0);
    try {
      // Loaded: both sandboxes were started from it.
      to.core.loadAll(states, { check: loaded.objectChecker(to.core.spec, to.core.routes.routes) });
      if (objects > 0 && !quiet) log(`  sandbox: its state carried over (${Object.keys(states).length} merchant(s), ${objects} object(s))`);
      return true;
    } catch (error) {
      log(`✖ sandbox: its state does not fit the new spec (${error.message}), so it starts empty`);
      return false;
    }
  }

  return {
    setPublicUrl(url) {
      publicUrl = url;
    },
    setPublicControlUrl(url) {
      publicControlUrl = url;
    },
    setLog(write) {
      log = write;
    },
    api: {
      name: 'sandbox',
      label: 'Sandbox',
      flag: 'sandbox-port',
      env: 'SANDBOX_PORT',
      defaultPort: '4020',
      afterLint: true,
      async start(specFile) {
        const sandbox = await sandboxFor(specFile);
        const from = latest;
        latest = sandbox;
        // What `from` had when its state was taken, and what the new sandbox had once it was loaded: at the
        // switch, changes made meanwhile to the old sandbox (and none to the new) are carried over again.
        if (from && carryOver(from, sandbox)) successors.set(from, { sandbox, fromChanges: from.core.changeCount, toChanges: sandbox.core.changeCount });
        return {
          port: portOf(sandbox.url),
          async stop() {
            started.delete(specFile);
            const next = successors.get(sandbox);
            if (next && sandbox.core.changeCount !== next.fromChanges) {
              if (next.sandbox.core.changeCount === next.toChanges) carryOver(sandbox, next.sandbox, { quiet: true });
              else log('✖ sandbox: changes made to the old sandbox while the new one started were not carried over (both changed)');
            }
            if (latest === sandbox) latest = undefined;
            await sandbox.close();
          },
        };
      },
    },
    control: {
      name: 'sandbox control API',
      label: 'Sandbox control',
      flag: 'sandbox-control-port',
      env: 'SANDBOX_CONTROL_PORT',
      defaultPort: '4021',
      afterLint: true,
      async start(specFile) {
        const sandbox = await sandboxFor(specFile);
        // The API entry's stop closes the sandbox; a stop here must not cut its API off.
        return { port: portOf(sandbox.controlUrl), stop: async () => {} };
      },
    },
  };
}

