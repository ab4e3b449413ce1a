// The tests' redis-server: Debian's, on a free 127.0.0.1 port, in a temporary folder, nothing saved to disk; stopped
// by the test that started it. (The launcher itself is shared with the bench: tools/bench/redis-server.mjs.)
import { startRedisServer } from '../../tools/bench/redis-server.mjs';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`, for `createClient({ url })`. */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

export const startRedis: () => Promise<RedisServer> = startRedisServer;
