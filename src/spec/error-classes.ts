// Which error class an HTTP error status becomes: the runtime throws it, the generator documents it (`@throws`).

export type ApiErrorClassName =
  | 'PalommaApiError'
  | 'PalommaAuthenticationError'
  | 'PalommaInvalidRequestError'
  | 'PalommaNotFoundError'
  | 'PalommaRateLimitError'
  | 'PalommaServerError';

/** The class name for an error status: 401, 400/422, 404, 429 and 5xx have their own; any other is the base. */
export function errorClassName(status: number | string): ApiErrorClassName {
  const code = Number(status);
  if (code === 401) return 'PalommaAuthenticationError';
  if (code === 400 || code === 422) return 'PalommaInvalidRequestError';
  if (code === 404) return 'PalommaNotFoundError';
  if (code === 429) return 'PalommaRateLimitError';
  if (code >= 500) return 'PalommaServerError';
  return 'PalommaApiError';
}
