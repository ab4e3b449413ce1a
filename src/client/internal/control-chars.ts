// Escapes control characters in text that reaches an error message, so a server cannot inject log lines or
// terminal escapes through it.

// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional overrides.
const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape (`\n`, `\u001b`), so it prints on one line, inert. */
export function escapeControl(text: string): string {
  control.lastIndex = 0;
  if (!control.test(text)) return text;
  return text.replace(control, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
