// Turns an error response into the named PalommaApiError subclass a caller can branch on.
import {
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaInvalidRequestError,
  PalommaNotFoundError,
  PalommaRateLimitError,
  PalommaServerError,
} from './errors.js';

function errorClass(status: number): typeof PalommaApiError {
  if (status === 401) return PalommaAuthenticationError;
  if (status === 400 || status === 422) return PalommaInvalidRequestError;
  if (status === 404) return PalommaNotFoundError;
  if (status === 429) return PalommaRateLimitError;
  if (status >= 500) return PalommaServerError;
  return PalommaApiError;
}

function serverMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
    return (body as { message: string }).message;
  }
  if (typeof body === 'string' && body.trim() !== '') return body.trim().slice(0, 200);
  return undefined;
}

export function responseError(
  response: Response,
  body: unknown,
  request: { method: string; path: string },
  reason?: string,
  cause?: unknown,
): PalommaApiError {
  const said = reason ?? serverMessage(body);
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const message = `${request.method} ${request.path}: ${status}${said ? ` — ${said}` : ''}`;
  const ErrorClass = errorClass(response.status);
  return new ErrorClass(message, response.status, body, response, { ...request, cause });
}
