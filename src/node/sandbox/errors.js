// The one error the sandbox's state machine throws: what kind of refusal it is, and a message naming the field.

export class SandboxError extends Error {
  /** @param {'invalid' | 'not-found' | 'conflict'} kind  @param {string} message */
  constructor(kind, message) {
    super(message);
    this.name = 'SandboxError';
    this.kind = kind;
  }
}

export const invalid = (message) => new SandboxError('invalid', message);
export const notFound = (message) => new SandboxError('not-found', message);
export const conflict = (message) => new SandboxError('conflict', message);
