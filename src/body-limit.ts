// Reads a response body through a byte counter: past the cap the download is cancelled, so memory stays near the
// cap whatever the server sends (a huge, endless or decompression-bomb body). It also ends when the attempt's
// signal aborts, even if the runtime's own body stream would not (a bad gzip body can leave it waiting for ever).

export interface BodyHooks {
  /** The error for a body past the cap. */
  tooLarge: () => unknown;
  /** The error to give the reader when reading the original body failed. */
  failed: (error: unknown) => unknown;
  /** Called once when the body ends: read whole, failed or cancelled. */
  ended: () => void;
}

/**
 * A copy of `response` whose body stops with `hooks.tooLarge()` once more than `limit` bytes have arrived, and
 * with `hooks.failed(reason)` as soon as `signal` aborts.
 */
export function limitBody(response: Response, limit: number, signal: AbortSignal, hooks: BodyHooks): Response {
  const reader = response.body!.getReader();
  let received = 0;
  let open = true;
  let stream: ReadableStreamDefaultController<Uint8Array>;
  const end = () => {
    if (open) {
      open = false;
      signal.removeEventListener('abort', onAbort);
      hooks.ended();
    }
  };
  const fail = (error: unknown) => {
    if (!open) return;
    end();
    reader.cancel(error).catch(() => {});
    stream.error(error);
  };
  const onAbort = () => fail(hooks.failed(signal.reason));
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stream = controller;
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          return fail(hooks.failed(error));
        }
        if (!open) return;
        if (chunk.done) {
          end();
          return controller.close();
        }
        received += chunk.value.byteLength;
        if (received > limit) return fail(hooks.tooLarge());
        controller.enqueue(chunk.value);
      },
      cancel(reason) {
        end();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  const limited = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  // Response.url is read-only and empty on a constructed Response; keep the real one for callers that look.
  Object.defineProperty(limited, 'url', { value: response.url });
  return limited;
}
