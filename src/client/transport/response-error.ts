// Turns an error response into the named PalommaApiError subclass a caller can branch on, with nothing of the
// token in it: the server's body, headers and text are masked before the error is built.
import {
  formatIssues,
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaInvalidRequestError,
  PalommaNotFoundError,
  PalommaRateLimitError,
  PalommaServerError,
} from '../errors.js';
import { errorClassName, type ApiErrorClassName } from '../../spec/error-classes.js';
import type { Redactor } from '../internal/redact.js';

const classes: Record<ApiErrorClassName, typeof PalommaApiError> = {
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaInvalidRequestError,
  PalommaNotFoundError,
  PalommaRateLimitError,
  PalommaServerError,
};
const errorClass = (status: number): typeof PalommaApiError => classes[errorClassName(status)];

function serverMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
    return (body as { message: string }).message.slice(0, 200);
  }
  if (typeof body === 'string' && body.trim() !== '') return body.trim().slice(0, 200);
  return undefined;
}

export interface ResponseErrorDetails {
  /** Masks the token in everything taken from the response. */
  redactor: Redactor;
  /** Why the error is raised when the status alone does not say (a 2xx with no body, say). */
  reason?: string;
  /** The (foreign) error behind it; a sanitized copy is kept. */
  cause?: unknown;
}

export function responseError(
  response: Response,
  body: unknown,
  request: { method: string; path: string },
  { redactor, reason, cause }: ResponseErrorDetails,
): PalommaApiError {
  const clean = redactor.body(body);
  const said = reason ?? serverMessage(clean);
  const status = `${response.status}${response.statusText ? ` ${redactor.text(response.statusText)}` : ''}`;
  const message = `${request.method} ${request.path}: ${status}${said ? ` — ${said}` : ''}`;
  const ErrorClass = errorClass(response.status);
  const context = { ...request, cause: cause === undefined ? undefined : redactor.cause(cause) };
  const error = new ErrorClass(message, response.status, clean, redactor.response(response), context);
  // A problem list without a message (Prism's 422 problem+json): the message says the first problem, not the status alone.
  if (!said && error instanceof PalommaInvalidRequestError && error.issues.length) {
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more in .issues)` : '';
    error.message = `${message} — ${formatIssues(error.issues.slice(0, 1), '(body)')}${more}`;
  }
  return error;
}
