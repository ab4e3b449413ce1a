// Builds the docs from openapi.yaml and opens the page in headless Chromium with every network request
// refused: the page must render the operation and its fields from what is inlined in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocs } from '../../codegen/pipeline.mjs';
import { launchChromium } from '../helpers/chromium.js';
import { spec } from '../helpers/spec.js';

let browser: Browser;
let page: Page;
let scratch: string;
// What the operation's page shows, read once: a later test clicks on through the sidebar, in any order.
let operationText: string;
let operationUrl: string;
let statusTabs: string[];
const refused: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'palomma-docs-'));
  const out = join(scratch, 'index.html');
  const built = await buildDocs({ out, quiet: true });
  expect(built.ok, built.output).toBe(true);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
  // As a reader would: open the tag from the sidebar, then the operation from the sidebar's list.
  await page.getByRole('link', { name: 'Payout Targets', exact: true }).first().click({ timeout: 15_000 });
  await page.getByRole('link', { name: /Create a payout target/ }).first().click({ timeout: 15_000 });
  await page.getByRole('heading', { name: 'Create a payout target' }).waitFor({ timeout: 15_000 });
  // Nested fields and the response render a moment after the heading.
  await page.getByText('bankAccount.accountNumber').first().waitFor({ timeout: 15_000 });
  await page.getByText('updatedAt').first().waitFor({ timeout: 15_000 });
  operationText = (await page.locator('body').innerText()).replace(/[\u200b]/g, '');
  operationUrl = page.url();
  statusTabs = await page.locator('text=/^(200|400|401|500)$/').allInnerTexts();
});

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('rendered docs, offline', () => {
  it('shows the TypeScript sample calling the generated method beside the operation', () => {
    expect(operationText).toContain('palomma.payoutTargets.create(');
    expect(operationText).toContain("import { createPalommaClient } from 'palomma-openapi';");
  });

  it('shows the API title, both servers and the operation with its method and path', async () => {
    expect(operationText).toContain(spec.info.title);
    for (const server of spec.servers) expect(operationText).toContain(server.url);
    expect(operationUrl).toMatch(/createpayouttarget/i);
    expect(operationText).toMatch(/POST\s*\/payoutTargets/);
    expect(operationText).toContain(spec.paths['/payoutTargets'].post.description.split('\n')[0].replaceAll('`', ''));
  });

  it('lists every request field, with the four required ones marked', async () => {
    const body = spec.components.schemas.CreatePayoutTargetRequest;
    for (const field of Object.keys(body.properties)) expect(operationText).toContain(field);
    for (const field of [...body.required, 'bank', 'accountType', 'accountNumber']) {
      // Each field renders as its name, a line or three of type, then `required`.
      expect(operationText).toMatch(new RegExp(`(^|\\.)${field}\\n(?:[^\\n]*\\n){0,3}required`, 'm'));
    }
  });

  it('lists the 200 response fields, the status enums and every documented status code', async () => {
    for (const field of Object.keys(spec.components.schemas.PayoutTarget.properties)) expect(operationText).toContain(field);
    for (const value of spec.components.schemas.StatusMessage.enum) expect(operationText).toContain(value);
    for (const status of Object.keys(spec.paths['/payoutTargets'].post.responses)) expect(statusTabs).toContain(status);
  });

  it('lists every operation and every webhook of the spec under its tag', async () => {
    const operations = [...Object.values<any>(spec.paths), ...Object.values<any>(spec.webhooks ?? {})].flatMap((item) =>
      Object.values<any>(item),
    );
    expect(operations.length).toBeGreaterThan(1);
    const tagNames = (spec.tags as { name: string }[]).map((t) => t.name);
    for (const operation of operations) expect(tagNames).toEqual(expect.arrayContaining([operation.tags?.[0]]));
    for (const tag of spec.tags as { name: string }[]) {
      await page.getByRole('link', { name: tag.name, exact: true }).first().click({ timeout: 15_000 });
      const sidebar = await page.locator('body').innerText();
      for (const operation of operations.filter((o) => o.tags?.includes(tag.name))) expect(sidebar).toContain(operation.summary);
    }
  });

  it('made no network request and threw no script error', () => {
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
