// The sandbox as two `npm start` services, its API (Prism's proxy) and its control API, both from one sandbox per
// good spec: a good save starts a new sandbox (empty, like a reset) and stops the old one.
import { defaultToken, startSandboxServer } from '../../src/node/sandbox/index.js';

/**
 * `{ api, control, setPublicUrl, setPublicControlUrl }`: the two service entries for services.mjs. The control entry hands out
 * the control port of the sandbox the API entry started from the same snapshot; stopping the API instance stops
 * the whole sandbox.
 */
export function sandboxServices() {
  const started = new Map(); // snapshot file -> Promise of the sandbox started from it
  let publicUrl;
  let publicControlUrl;
  // The fronts forward with the Host unchanged: the sandbox answers the fronts' ports as its own.
  const options = () => ({
    token: process.env.PALOMMA_SANDBOX_TOKEN || defaultToken,
    ...(process.env.PALOMMA_INTEGRITY_KEY ? { integrityKey: process.env.PALOMMA_INTEGRITY_KEY } : {}),
    publicUrl: () => publicUrl,
    publicControlUrl: () => publicControlUrl,
  });
  const sandboxFor = (specFile) => {
    if (!started.has(specFile)) {
      const sandbox = startSandboxServer({ ...options(), spec: specFile, port: 0, controlPort: 0 });
      started.set(specFile, sandbox);
      sandbox.catch(() => started.delete(specFile));
    }
    return started.get(specFile);
  };
  const portOf = (url) => Number(new URL(url).port);
  return {
    setPublicUrl(url) {
      publicUrl = url;
    },
    setPublicControlUrl(url) {
      publicControlUrl = url;
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
        return {
          port: portOf(sandbox.url),
          async stop() {
            started.delete(specFile);
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

export { defaultToken as sandboxDefaultToken };
