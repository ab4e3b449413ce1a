// One 'abort' listener per AbortSignal however many waits share it: a caller may pass one signal to many calls,
// and a listener each would trip Node's MaxListenersExceededWarning. The listener goes when the last wait ends.

interface Waiters {
  callbacks: Set<() => void>;
  fire: () => void;
}

const waiting = new WeakMap<AbortSignal, Waiters>();

/** Calls `callback` once when `signal` aborts; returns the function that stops waiting. */
export function whenAborted(signal: AbortSignal, callback: () => void): () => void {
  let waiters = waiting.get(signal);
  if (!waiters) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      waiting.delete(signal);
      for (const each of callbacks) each();
    };
    waiters = { callbacks, fire };
    waiting.set(signal, waiters);
    signal.addEventListener('abort', fire, { once: true });
  }
  const { callbacks, fire } = waiters;
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && waiting.get(signal) === waiters) {
      waiting.delete(signal);
      signal.removeEventListener('abort', fire);
    }
  };
}
