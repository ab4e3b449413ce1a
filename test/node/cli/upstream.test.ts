// Where `palomma proxy` may send its calls and the key: not to any production host Palomma names, not over plain
// http off this machine.
import { describe, expect, it } from 'vitest';
import { productionHosts, upstreamRefusal } from '../../../src/node/cli/upstream.js';
import { spec } from '../../helpers/spec.js';

describe('upstreamRefusal', () => {
  it('knows every production host Palomma names, however it is spelled', () => {
    expect([...productionHosts(spec)].sort()).toEqual(['api.palomma.com', 'prod.api.palomma.com']);
    for (const url of ['https://api.palomma.com/v0', 'https://API.palomma.com./v0', 'https://prod.api.palomma.com:8443/', 'http://api.palomma.com/']) {
      expect(upstreamRefusal(new URL(url), spec), url).toMatch(/it is the production server/);
    }
  });

  it('refuses plain http to a host that is not this machine', () => {
    for (const url of ['http://192.168.1.10:8080', 'http://sandbox.api.palomma.com/v0', 'http://127.0.0.1.example.test/']) {
      expect(upstreamRefusal(new URL(url), spec), url).toMatch(/the API key would cross the network unencrypted/);
    }
  });

  it('takes https anywhere else and http on this machine', () => {
    for (const url of ['https://sandbox.api.palomma.com/v0', 'http://127.0.0.1:4020', 'http://localhost:4020', 'http://[::1]:4020', 'https://staging.example.test']) {
      expect(upstreamRefusal(new URL(url), spec), url).toBeUndefined();
    }
  });
});
