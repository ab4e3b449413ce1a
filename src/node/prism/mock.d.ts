// Types for mock.js: Prism on the bundled openapi.yaml, as a mock for your tests or a validating proxy.
import type { ChildProcess } from 'node:child_process';

interface PrismOptions {
  /** TCP port; 0 or left out: a free port chosen for you. */
  port?: number;
  /** Interface to listen on. Defaults to 127.0.0.1 (IPv6: `::1` or `[::1]`); anything but loopback needs `allowRemote: true`. */
  host?: string;
  /** Allow a `host` other than loopback (127.0.0.0/8, ::1, localhost). Off by default. */
  allowRemote?: boolean;
  /** The OpenAPI file to serve. Defaults to the package's own openapi.yaml ({@link defaultSpecPath}). */
  spec?: string | URL;
  /** How long Prism may take to start, in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Receives Prism's log output as it comes. Without it the log is read and dropped. */
  onLog?: (text: string) => void;
}

export interface MockServerOptions extends PrismOptions {
  /** Generate response bodies from the schemas instead of returning the spec's examples. */
  dynamic?: boolean;
  /** Seed for `dynamic`, so generated bodies are the same on every run. */
  seed?: string | number;
  /** Answer response violations with Prism's own problem+json errors (`prism mock --errors`). */
  errors?: boolean;
}

export interface PrismProxyOptions extends PrismOptions {
  /** The server to forward to, e.g. http://127.0.0.1:8080 or the sandbox URL. */
  upstream: string | URL;
  /**
   * `prism proxy --errors` (default true): a request that breaks the spec gets a 422 without reaching
   * upstream, a response that breaks it a 500 problem+json that lists the violations.
   */
  errors?: boolean;
}

/** A running Prism process. */
export interface MockServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:43125`. */
  readonly url: string;
  readonly port: number;
  /** The Prism child process. */
  readonly child: ChildProcess;
  /** Stops Prism (SIGTERM, then SIGKILL after 5 s) and resolves once the process has exited. */
  close(): Promise<void>;
}

/** Absolute path of the openapi.yaml this package ships. */
export declare const defaultSpecPath: string;
/** The @stoplight/prism-cli version this package is tested with. */
export declare const prismVersion: string;

/**
 * Starts a Prism mock of the Palomma API and resolves once it listens. It answers with the spec's
 * examples (or generated data with `dynamic`, or per request with `Prefer: dynamic=true`), picks a
 * documented status with `Prefer: code=401`, and rejects requests that break the spec.
 */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;

/** Starts `prism proxy` in front of `upstream`, checking every request and response against the spec. */
export declare function startPrismProxy(options: PrismProxyOptions): Promise<MockServer>;

/** Asks the OS for a free TCP port on `host` (default 127.0.0.1). */
export declare function freePort(host?: string): Promise<number>;

/** True for localhost, 127.0.0.0/8 (four decimal parts of 0-255) and ::1 in any spelling, bracketed or not. */
export declare function isLoopbackHost(host: string): boolean;

/** Path of the Prism CLI's entry point; throws an Error naming the install command when it is missing. */
export declare function prismCliPath(): string;
