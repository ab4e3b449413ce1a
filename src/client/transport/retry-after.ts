// Reads a Retry-After header strictly as RFC 9110 §10.2.3 defines it: delay-seconds or an HTTP-date, nothing else.

// delay-seconds is 1*DIGIT: no sign, no fraction, no exponent, no hex, no list.
const delaySeconds = /^\d+$/;
// The three HTTP-date forms a recipient must accept (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime.
const day = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const longDay = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const time = '\\d{2}:\\d{2}:\\d{2}';
const httpDate = new RegExp(
  `^(?:${day}, \\d{2} ${month} \\d{4} ${time} GMT|${longDay}, \\d{2}-${month}-\\d{2} ${time} GMT|${day} ${month} [ \\d]\\d ${time} \\d{4})$`,
);

/**
 * Milliseconds to wait from `now` for a Retry-After header, or undefined when it is absent or not one of the
 * forms RFC 9110 allows (then the caller's own backoff applies). A doubled header (`2, 2`), `0x1`, `1e3` or
 * `-1` are not valid and are ignored.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  // A value too long to be a count of seconds anyone means is still "longer than we wait": keep it finite.
  if (delaySeconds.test(value)) return Math.min(Number(value), Number.MAX_SAFE_INTEGER / 1000) * 1000;
  if (!httpDate.test(value)) return undefined;
  const date = Date.parse(value.endsWith('GMT') ? value : `${value} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
