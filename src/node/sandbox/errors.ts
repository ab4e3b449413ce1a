// The one error the sandbox's state machine throws: what kind of refusal it is, and a message naming the field.

/** `invalid`: bad input (400); `not-found`: no such object (404); `conflict`: not allowed in its state (409). */
export type SandboxErrorKind = 'invalid' | 'not-found' | 'conflict';

export class SandboxError extends Error {
  override name = 'SandboxError';
  readonly kind: SandboxErrorKind;

  constructor(kind: SandboxErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

export const invalid = (message: string): SandboxError => new SandboxError('invalid', message);
export const notFound = (message: string): SandboxError => new SandboxError('not-found', message);
export const conflict = (message: string): SandboxError => new SandboxError('conflict', message);
