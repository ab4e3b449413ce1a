// The public types of palomma-openapi/mock: what the Prism servers take and what they are.
import type { ChildProcess } from 'node:child_process';
import type { RestartOptions, SupervisedEvents } from './events.js';
import type { FrontOptions } from './front.js';
import type { Exit } from './supervise.js';

/** What both Prism commands take. */
export interface PrismOptions {
  /** TCP port; 0 or left out: a free port chosen for you. */
  port?: number;
  /** Interface to listen on. Defaults to 127.0.0.1 (IPv6: `::1` or `[::1]`); anything but loopback needs `allowRemote: true`. */
  host?: string;
  /** Allow a `host` other than loopback (127.0.0.0/8, ::1, localhost). Off by default. */
  allowRemote?: boolean;
  /** The OpenAPI file to serve. Defaults to the package's own openapi.yaml (`defaultSpecPath`). */
  spec?: string | URL;
  /** How long Prism may take to start, in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Receives Prism's log output as it comes. Without it the log is read and dropped. */
  onLog?: (text: string) => void;
  /** More host names to answer besides this machine's (`--allowed-host`); `.example.test` allows its subdomains. */
  allowedHosts?: string[];
  /** Origins whose pages may call the server (CORS, never with credentials; `--allowed-origin`). None by default. */
  allowedOrigins?: string[];
  /** One line per death and restart of Prism (default: console.error). */
  log?: (line: string) => void;
  /** How a Prism that dies is restarted (by default at once, backing off when it keeps dying). */
  restarts?: RestartOptions;
}

/** What `startMockServer` takes: where to listen, and how the mock answers. */
export interface MockServerOptions extends PrismOptions {
  /** Generate response bodies from the schemas instead of returning the spec's examples. */
  dynamic?: boolean;
  /** Seed for `dynamic`, so generated bodies are the same on every run. */
  seed?: string | number;
  /** Answer response violations with Prism's own problem+json errors (`prism mock --errors`). */
  errors?: boolean;
}

/** What `startPrismProxy` takes: where to listen, and the server to check. */
export interface PrismProxyOptions extends PrismOptions {
  /** The server to forward to, e.g. http://127.0.0.1:8080 or the sandbox URL. */
  upstream: string | URL;
  /**
   * `prism proxy --errors` (default true): a request that breaks the spec gets a 422 without reaching
   * upstream, a response that breaks it a 500 problem+json that lists the violations.
   */
  errors?: boolean;
}

/**
 * A running Prism behind its front. Emits `died` and `restarted` as Prism dies and comes back, and `failed` when it
 * cannot be kept running: then everything is stopped and `closed` rejects with the reason.
 */
export interface MockServer extends SupervisedEvents {
  /** Base URL to give the client, e.g. `http://127.0.0.1:43125`. */
  readonly url: string;
  /** The public port (the one asked for, or the free one chosen). */
  readonly port: number;
  /** The Prism child process serving now (another one after a restart; undefined while it restarts). */
  readonly child: ChildProcess;
  /** Resolves once `close()` is done; rejects when Prism could not be kept running. */
  readonly closed: Promise<void>;
  /** Stops Prism (SIGTERM, then SIGKILL after 5 s) and its front; resolves once the process has exited. */
  close(): Promise<void>;
}

/** What only the package's own servers pass: the front's extra ports and headers, and the name in reports. */
export interface PrismFrontOptions {
  /** What is served, in reports and answers: `the mock`, `the sandbox's validating proxy`. */
  name?: string;
  /** Headers the front adds to every request it forwards (the sandbox's per-start secret). */
  frontHeaders?: Readonly<Record<string, string>>;
  /** Ports of fronts that forward to this one with the Host unchanged (npm start's). */
  extraPorts?: () => readonly number[];
  /** The front's own answer to a request that breaks the spec (the sandbox's, in Palomma's words), or undefined. */
  check?: FrontOptions['check'];
  /** Give Prism's own problem+json answers Palomma's shape (the sandbox's front). */
  palommaShape?: boolean;
  /**
   * Starts Prism for `call` on 127.0.0.1:`port` other than as a process of its own (npm start runs its sandbox's
   * proxy in the Prism process it keeps for the mock); resolves once Prism listens there. `timeoutMs` and `onLog`
   * are then the launcher's business.
   */
  launch?: (call: PrismCall, port: number) => Promise<LaunchedPrism>;
}

/** What Prism is asked to serve: the CLI command and the flags the package passes it. */
export interface PrismCall {
  command: 'mock' | 'proxy';
  /** Path of the spec file. */
  spec: string;
  /** `prism proxy`'s upstream URL. */
  upstream?: string;
  errors: boolean;
  dynamic?: boolean;
  seed?: string;
}

/** A Prism that listens: the process it runs in, how that process ended once it has, and how to stop it. */
export interface LaunchedPrism {
  child: ChildProcess;
  exited: Promise<Exit>;
  stop: () => Promise<void>;
}

