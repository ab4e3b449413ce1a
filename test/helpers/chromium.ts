// Debian's headless Chromium through playwright-core, with the flags that keep it off the network: one browser for
// the run (test/setup/chromium.ts launches it when first asked); each caller gets its own connection, whose
// contexts and pages its close() closes.
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export async function launchChromium(): Promise<Browser> {
  const answer = await fetch(inject('chromiumBroker'));
  const text = await answer.text();
  if (answer.status !== 200) throw new Error(text);
  return chromium.connect(text);
}
