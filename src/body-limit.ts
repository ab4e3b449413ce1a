// Reads a response body through a byte counter: past the cap the download is cancelled, so memory stays near the
// cap whatever the server sends (a huge, endless or decompression-bomb body).

export interface BodyHooks {
  /** The error for a body past the cap. */
  tooLarge: () => unknown;
  /** The error to give the reader when reading the original body failed. */
  failed: (error: unknown) => unknown;
  /** Called once when the body ends: read whole, failed or cancelled. */
  ended: () => void;
}

/** A copy of `response` whose body stops with `hooks.tooLarge()` once more than `limit` bytes have arrived. */
export function limitBody(response: Response, limit: number, hooks: BodyHooks): Response {
  const reader = response.body!.getReader();
  let received = 0;
  let open = true;
  const end = () => {
    if (open) {
      open = false;
      hooks.ended();
    }
  };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          end();
          return controller.error(hooks.failed(error));
        }
        if (chunk.done) {
          end();
          return controller.close();
        }
        received += chunk.value.byteLength;
        if (received > limit) {
          const error = hooks.tooLarge();
          reader.cancel(error).catch(() => {});
          end();
          return controller.error(error);
        }
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
