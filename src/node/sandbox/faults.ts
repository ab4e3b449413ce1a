// Faults on demand: the next calls of an operation, for one merchant, answer an error in Palomma's shape
// (`{ message }`, with Retry-After for a 429 or 503), or answer late. A faulted call never reaches the state:
// a faulted create creates nothing.
import { invalid } from './errors.js';
import type { SandboxFault, SandboxFaultRequest } from './types.js';

/**
 * Statuses any operation may be faulted with besides those it declares: 500 (Palomma documents it for its own
 * failures) and 429 and 503, which Palomma does not document but any server in front of an API can answer,
 * so a client's retries and back-off can be tried. Prism, behind which the sandbox sits, passes an undeclared
 * status on to the client and notes it in `sl-violations` as a warning, never as an error.
 */
export const extraFaultStatuses: readonly number[] = [429, 500, 503];

export const faultLimits = { faults: 100, times: 1_000, delayMs: 60_000, retryAfter: 3_600 } as const;

export type FaultRequest = SandboxFaultRequest;
export type Fault = SandboxFault;

export interface FaultAnswer {
  /** The error to answer, or undefined: answer normally, after `delayMs`. */
  error?: { status: number; body: { message: string }; headers: Record<string, string> };
  delayMs: number;
}

export interface Faults {
  /** Queues a fault; throws the sandbox's `invalid` naming the field when the body is not one. */
  add(body: unknown): Fault;
  /** The faults still waiting, oldest first. */
  list(): Fault[];
  clear(): void;
  /** The answer the next call of `operationId` gets, counting it; undefined when no fault waits for it. */
  take(operationId: string): FaultAnswer | undefined;
}

const fields = ['operationId', 'status', 'times', 'delayMs', 'retryAfter'];

function wholeNumber(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${name}: must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** `operations`: each operationId of the API and the statuses its responses declare. */
export function createFaults(operations: ReadonlyMap<string, ReadonlySet<number>>): Faults {
  const queue: Fault[] = [];

  function allowedStatuses(operationId: string): number[] {
    const declared = [...(operations.get(operationId) ?? [])].filter((status) => status >= 400 && status <= 599);
    return [...new Set([...declared, ...extraFaultStatuses])].sort((a, b) => a - b);
  }

  function parse(body: unknown): Fault {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('body: must be a JSON object');
    const input = body as Record<string, unknown>;
    const extra = Object.keys(input).find((key) => !fields.includes(key));
    if (extra !== undefined) throw invalid(`${extra}: is not a known field (allowed: ${fields.join(', ')})`);
    const { operationId } = input;
    if (typeof operationId !== 'string' || !operations.has(operationId)) {
      throw invalid(`operationId: must be one of the API's operations (${[...operations.keys()].join(', ')})`);
    }
    const allowed = allowedStatuses(operationId);
    const status = wholeNumber(input, 'status', 100, 599);
    if (status !== undefined && !allowed.includes(status)) {
      throw invalid(`status: must be one that ${operationId} declares or 429, 500, 503 (allowed: ${allowed.join(', ')})`);
    }
    const times = wholeNumber(input, 'times', 1, faultLimits.times) ?? 1;
    const delayMs = wholeNumber(input, 'delayMs', 0, faultLimits.delayMs) ?? 0;
    const retryAfter = wholeNumber(input, 'retryAfter', 0, faultLimits.retryAfter);
    if (retryAfter !== undefined && status !== 429 && status !== 503) throw invalid('retryAfter: only a 429 or 503 fault carries Retry-After');
    if (status === undefined && delayMs === 0) throw invalid('status: give a status, a delayMs, or both');
    return { operationId, ...(status !== undefined && { status }), times, delayMs, ...(retryAfter !== undefined && { retryAfter }) };
  }

  return {
    add(body) {
      const fault = parse(body);
      if (queue.length >= faultLimits.faults) throw invalid(`body: this merchant already has ${faultLimits.faults} faults waiting; DELETE /faults clears them`);
      queue.push(fault);
      return { ...fault };
    },
    list: () => queue.map((fault) => ({ ...fault })),
    clear() {
      queue.length = 0;
    },
    take(operationId) {
      const index = queue.findIndex((fault) => fault.operationId === operationId);
      if (index < 0) return undefined;
      const fault = queue[index]!;
      fault.times--;
      if (fault.times === 0) queue.splice(index, 1);
      if (fault.status === undefined) return { delayMs: fault.delayMs };
      const left = fault.times === 0 ? 'the last one' : `${fault.times} more to come`;
      const message = `the sandbox answers ${fault.status} to this ${operationId} call because of a fault asked for with POST /faults (${left})`;
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return { error: { status: fault.status, body: { message }, headers }, delayMs: fault.delayMs };
    },
  };
}
