// The promise every resource method returns: awaits to the data, and `.withResponse()` gives the Response too.

/** What a call resolved to: the parsed body and the Response it came in (status, headers). */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

const dataOf = <T>(result: WithResponse<T>): T => result.data;

// One executor for every APIPromise's unread base promise, rather than a closure per call.
const resolveUndefined = (resolve: (value: never) => void) => resolve(undefined as never);

/**
 * A Promise of the response body, with `.withResponse()` for `{ data, response }` from the same request (no
 * second call). `then`, `catch` and `finally` act on the body; the request starts when the method is called.
 */
export class APIPromise<T> extends Promise<T> {
  // The derived promises of then/catch/finally are plain Promises, not APIPromises.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    // The base promise is never read: every way of awaiting goes through the overrides below.
    super(resolveUndefined);
    this.#result = result;
  }

  /** The body and the Response (status, headers) of this call. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  #body(): Promise<T> {
    return (this.#data ??= this.#result.then(dataOf));
  }

  // Straight from the result, one promise step where going through the body promise takes two: what awaiting a
  // call costs. A handler that is not a function passes the value on, as Promise's own `then` does.
  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#result.then(
      typeof onFulfilled === 'function' ? (result) => onFulfilled(result.data) : (dataOf as (result: WithResponse<T>) => A),
      onRejected,
    );
  }

  override catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#result.then(dataOf, onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#body().finally(onFinally);
  }
}
