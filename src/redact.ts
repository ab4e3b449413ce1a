// Last line of defence: a server or a custom fetch that echoes the token must not carry it into an error.
import { PalommaApiError } from './errors.js';

const mask = '[redacted]';

export function redactToken<E>(error: E, token: string): E {
  if (!(error instanceof Error)) return error;
  if (error.message.includes(token)) error.message = error.message.split(token).join(mask);
  if (error instanceof PalommaApiError) {
    const text = typeof error.body === 'string' ? error.body : JSON.stringify(error.body);
    if (text?.includes(token)) {
      const clean = text.split(token).join(mask);
      Object.defineProperty(error, 'body', { value: typeof error.body === 'string' ? clean : JSON.parse(clean) });
    }
  }
  return error;
}
