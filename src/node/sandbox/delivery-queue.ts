// Webhook deliveries take turns: a few at a time per receiver and a bounded number in all, so a receiver that
// hangs holds a few sockets for its timeout, not one per delivery (1 100 deliveries to a hanging receiver used to
// exhaust the process's file descriptors, and the API then failed with "socket hang up").

export interface DeliveryLimits {
  /** Attempts in flight to one receiver (scheme, host and port) at once. */
  perReceiver: number;
  /** Attempts in flight in all: the most sockets deliveries hold open. */
  total: number;
  /** Attempts waiting for a turn; past it an attempt fails at once with `queueFull`. */
  maxWaiting: number;
}

export const defaultDeliveryLimits: DeliveryLimits = { perReceiver: 4, total: 32, maxWaiting: 10_000 };

export class DeliveryQueueFullError extends Error {
  override name = 'DeliveryQueueFullError';
}

interface Waiting {
  receiver: string;
  start: () => void;
}

export interface DeliveryQueue {
  /** Runs `attempt` once `url`'s receiver and the total have room; resolves or rejects as it does. */
  run<T>(url: string, attempt: () => Promise<T>): Promise<T>;
  /** Drops every waiting attempt (a reset): they never run, and their promises never settle. */
  clear(): void;
  readonly active: number;
  readonly waiting: number;
}

export function createDeliveryQueue(limits: Partial<DeliveryLimits> = {}): DeliveryQueue {
  const { perReceiver, total, maxWaiting } = { ...defaultDeliveryLimits, ...limits };
  const perKey = new Map<string, number>();
  let active = 0;
  let queue: Waiting[] = [];

  const receiverOf = (url: string) => {
    try {
      const parsed = new URL(url);
      return `${parsed.protocol}//${parsed.host}`;
    } catch {
      return url;
    }
  };
  const hasRoom = (receiver: string) => active < total && (perKey.get(receiver) ?? 0) < perReceiver;

  function next() {
    for (let i = 0; i < queue.length && active < total; ) {
      const entry = queue[i]!;
      if (hasRoom(entry.receiver)) {
        queue.splice(i, 1);
        entry.start();
      } else i++;
    }
  }

  return {
    run<T>(url: string, attempt: () => Promise<T>): Promise<T> {
      const receiver = receiverOf(url);
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          active++;
          perKey.set(receiver, (perKey.get(receiver) ?? 0) + 1);
          let done = false;
          const release = () => {
            if (done) return;
            done = true;
            active--;
            const left = (perKey.get(receiver) ?? 1) - 1;
            if (left === 0) perKey.delete(receiver);
            else perKey.set(receiver, left);
            next();
          };
          Promise.resolve()
            .then(attempt)
            .then(
              (value) => {
                release();
                resolve(value);
              },
              (error: unknown) => {
                release();
                reject(error);
              },
            );
        };
        if (hasRoom(receiver)) return start();
        if (queue.length >= maxWaiting) return reject(new DeliveryQueueFullError(`more than ${maxWaiting} webhook attempts are waiting for a turn`));
        queue.push({ receiver, start });
      });
    },
    clear() {
      queue = [];
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
