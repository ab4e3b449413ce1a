// What every resource is built from: the wrapped client and the token-aware unwrap.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { Unwrap } from './unwrap.js';

export interface ResourceContext {
  client: Client<paths>;
  unwrap: Unwrap;
}
