// A light stand-in for Request, given to openapi-fetch so each call builds one real Request (inside fetch)
// instead of two, and so a retry can resend the body without cloning a stream.

const realRequest = globalThis.Request;

export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The serialized body as openapi-fetch made it (a JSON string for this API), not a stream. */
  readonly body: BodyInit | null;
  readonly redirect: RequestRedirect;
  readonly signal: AbortSignal | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.redirect = init.redirect ?? 'follow';
    this.signal = init.signal ?? undefined;
  }

  /** Middleware may hand back a real Request; openapi-fetch checks with `instanceof`, so accept both. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return (
      (typeof realRequest === 'function' && value instanceof realRequest) ||
      (typeof value === 'object' && value !== null && Object.prototype.isPrototypeOf.call(LightRequest.prototype, value))
    );
  }

  /**
   * The init to give fetch for this request, with the attempt's signal. Redirects are never followed, whatever
   * was asked: following one would send the API key and the body again, possibly to another origin.
   */
  init(signal: AbortSignal): RequestInit {
    return { method: this.method, headers: this.headers, body: this.body, redirect: 'manual', signal };
  }

  clone(): LightRequest {
    return new LightRequest(this.url, { ...this.init(this.signal!), redirect: this.redirect, headers: new Headers(this.headers) });
  }

  // Enough of Request's body methods for middleware that inspects what is about to be sent.
  text(): Promise<string> {
    return new Response(this.body).text();
  }

  json(): Promise<unknown> {
    return this.text().then(JSON.parse);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this.body).arrayBuffer();
  }
}
