// Tells a JSON body that was cut off from one that is merely malformed, for bodies whose end no length declared.

/**
 * True when `text` is an object or array whose JSON stops before it is closed: inside a string, or with an
 * object or array still open. Text that does not start like a JSON object or array (an HTML error page), or that
 * goes on after its top-level value has closed, is malformed rather than cut short.
 */
export function endsInsideJson(text: string): boolean {
  const start = text.search(/\S/);
  if (start === -1 || (text[start] !== '{' && text[start] !== '[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return false; // the top-level value closed: whatever is wrong is not a missing end
    }
  }
  return true;
}
