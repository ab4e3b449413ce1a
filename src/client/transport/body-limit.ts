// Reads a response body through a byte counter: past the cap the download is cancelled, so memory stays near the
// cap whatever the server sends (a huge, endless or decompression-bomb body). It also ends when the call stops it
// (its timeout), even if the runtime's own body stream would not (a bad gzip body can leave it waiting for ever).
import { BufferedResponse } from './buffered-response.js';

/**
 * Registers the function that stops reading. (A hook the call's timer calls, not an 'abort' listener: a listener
 * on the signal fetch holds made every call on Node 20 markedly slower.)
 */
export type StopHook = (stop: (reason: unknown) => void) => void;

export interface BodyHooks {
  /** The error for a body past the cap. */
  tooLarge: () => unknown;
  /** The error to give the reader when reading the original body failed. */
  failed: (error: unknown) => unknown;
  /** Called once when the body ends: read whole, failed or cancelled. */
  ended: () => void;
  /** Given the whole body once {@link readLimited} has read it. */
  read?: (body: Uint8Array) => void;
}

/**
 * `response` with its body read here, counting bytes: a copy holding the whole body (its first read served from
 * memory, not from a second stream), or `hooks.tooLarge()` thrown once more than `limit` bytes have arrived (the
 * download is cancelled), or `hooks.failed(…)` when reading fails or `signal` aborts. For callers that buffer the
 * body anyway: cheaper than {@link limitBody}'s stream.
 */
export async function readLimited(response: Response, limit: number, onStop: StopHook, hooks: BodyHooks): Promise<Response> {
  const reader = response.body!.getReader();
  let stopped: { reason: unknown } | undefined;
  onStop((reason) => {
    stopped = { reason };
    reader.cancel(reason).catch(() => {});
  });
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw hooks.failed(stopped ? stopped.reason : error);
      }
      // A cancelled read ends as `done`: a stop must not pass for a complete body.
      if (stopped) throw hooks.failed(stopped.reason);
      if (chunk.done) break;
      received += chunk.value.byteLength;
      if (received > limit) {
        reader.cancel().catch(() => {});
        throw hooks.tooLarge();
      }
      chunks.push(chunk.value);
    }
  } finally {
    onStop(() => {});
    hooks.ended();
  }
  const body: Uint8Array<ArrayBuffer> = chunks.length === 1 ? (chunks[0] as Uint8Array<ArrayBuffer>) : concat(chunks, received);
  hooks.read?.(body);
  return new BufferedResponse(body, response);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/**
 * A copy of `response` whose body stops with `hooks.tooLarge()` once more than `limit` bytes have arrived, and
 * with `hooks.failed(reason)` as soon as the call stops it.
 */
export function limitBody(response: Response, limit: number, onStop: StopHook, hooks: BodyHooks): Response {
  const reader = response.body!.getReader();
  let received = 0;
  let open = true;
  let stream: ReadableStreamDefaultController<Uint8Array>;
  const end = () => {
    if (open) {
      open = false;
      onStop(() => {});
      hooks.ended();
    }
  };
  const fail = (error: unknown) => {
    if (!open) return;
    end();
    reader.cancel(error).catch(() => {});
    stream.error(error);
  };
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stream = controller;
        onStop((reason) => fail(hooks.failed(reason)));
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
