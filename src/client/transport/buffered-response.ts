// A Response whose body the transport has already read (counting bytes against the cap): the first read of it is
// served from those bytes, instead of putting them into a second stream only for openapi-fetch to read them back.

const decoder = new TextDecoder(); // UTF-8, a BOM dropped and bad bytes replaced: what Response.text() does

/**
 * A copy of a response (status, status text, headers, URL) holding its whole body as bytes. `text()`, `json()`,
 * `arrayBuffer()` and `bytes()` read those bytes; `body`, `blob()`, `formData()` and `clone()` get a real body
 * stream made from them. Either way it then acts as any Response whose body was read: `bodyUsed` is true, `body`
 * is a spent stream, and reading again or cloning fails as it would on a Response.
 */
export class BufferedResponse extends Response {
  readonly #url: string;
  /** The body, until it is read or moved into {@link BufferedResponse.#real}. */
  #bytes: Uint8Array<ArrayBuffer> | undefined;
  /** The same response with a real body stream, made only when something needs the stream itself. */
  #real: Response | undefined;

  constructor(bytes: Uint8Array<ArrayBuffer>, from: Response) {
    super(null, { status: from.status, statusText: from.statusText, headers: from.headers });
    this.#bytes = bytes;
    // Response.url is empty on a constructed Response; keep the real one for callers that look.
    this.#url = from.url;
  }

  override get url(): string {
    return this.#url;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#stream().body;
  }

  override get bodyUsed(): boolean {
    return this.#real ? this.#real.bodyUsed : this.#bytes === undefined;
  }

  override text(): Promise<string> {
    return this.#read((bytes) => decoder.decode(bytes)) ?? this.#stream().text();
  }

  override json(): Promise<any> {
    return this.#read((bytes) => JSON.parse(decoder.decode(bytes))) ?? this.#stream().json();
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    // A copy, as Response's own: the bytes may be a view into a larger buffer the runtime reuses.
    return this.#read((bytes) => bytes.slice().buffer) ?? this.#stream().arrayBuffer();
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#read((bytes) => bytes.slice()) ?? this.#stream().bytes();
  }

  override blob(): Promise<Blob> {
    return this.#stream().blob();
  }

  override formData(): Promise<FormData> {
    return this.#stream().formData();
  }

  override clone(): Response {
    return this.#stream().clone();
  }

  /** Reads the bytes, once: undefined when they were read already or moved into a real stream. */
  #read<T>(read: (bytes: Uint8Array<ArrayBuffer>) => T): Promise<T> | undefined {
    const bytes = this.#bytes;
    if (bytes === undefined || this.#real) return undefined;
    this.#bytes = undefined;
    try {
      return Promise.resolve(read(bytes));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** This response with a real body stream: of the bytes, or spent (read) when they were read already. */
  #stream(): Response {
    if (this.#real) return this.#real;
    const spent = this.#bytes === undefined;
    this.#real = new Response(this.#bytes ?? new Uint8Array(0), { status: this.status, statusText: this.statusText, headers: this.headers });
    this.#bytes = undefined;
    // Reading it marks it read at once, as the body of a Response that was read.
    if (spent) void this.#real.arrayBuffer();
    return this.#real;
  }
}
