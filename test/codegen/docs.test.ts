// Builds the docs from openapi.yaml and opens the page in headless Chromium at 1440 px with every network request
// refused: the page must render the operation and its fields from what is inlined in it, make no request at all,
// fit every code sample in its column, and show the Flows section of the Arazzo document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArazzo } from '../../codegen/flows-section.mjs';
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
const requested: string[] = [];
const pageErrors: string[] = [];
const local = (url: string) => url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:');

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'palomma-docs-'));
  const out = join(scratch, 'index.html');
  const built = await buildDocs({ out, quiet: true });
  expect(built.ok, built.output).toBe(true);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  // A request the page's own content policy blocks never reaches the network, nor the route above: count those too.
  await context.addInitScript(() => {
    (window as any).blockedByPolicy = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as any).blockedByPolicy.push(event.blockedURI));
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
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

  it('made no network request, not even one its content policy blocked, and threw no script error', async () => {
    expect(refused).toEqual([]);
    expect(requested.filter((url) => !local(url))).toEqual([]);
    expect(await page.evaluate(() => (window as any).blockedByPolicy)).toEqual([]);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.filter((url) => !local(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** What runs off its column or under a button of its code block, among the code blocks on screen now. */
function misfits() {
  return page.evaluate(() => {
    const found: string[] = [];
    const text = (element: Element) => (element as HTMLElement).innerText.split('\n')[0]!.slice(0, 60);
    for (const pre of document.querySelectorAll('pre')) {
      if (pre.getBoundingClientRect().width === 0) continue;
      if (pre.scrollWidth > pre.clientWidth + 1) found.push(`${pre.scrollWidth} px of code in ${pre.clientWidth} px: ${text(pre)}`);
      // The block's own buttons (Copy, Expand all), not the fold toggles in the gutter of a JSON example.
      const buttons = [...(pre.closest('[data-component-name="CodeBlock/CodeBlock"]')?.querySelectorAll('button') ?? [])]
        .filter((button) => /copy|expand|collapse all/i.test(button.getAttribute('aria-label') ?? button.textContent ?? ''))
        .map((button) => button.getBoundingClientRect());
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (buttons.some((b) => r.width > 0 && r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom)) {
            found.push(`text under a button: ${node.textContent.trim().slice(0, 60)}`);
          }
        }
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    return found;
  });
}

/** Opens an operation or webhook the way a link to it does, and waits for its samples. */
async function open(operation: { operationId: string; summary: string; tags: string[] }) {
  await page.evaluate((hash) => (location.hash = hash), `#tag/${operation.tags[0]!.replace(/ /g, '-')}/operation/${operation.operationId}`);
  await page.locator('h2', { hasText: operation.summary }).first().waitFor({ timeout: 15_000 });
  await page.locator('pre').first().waitFor({ timeout: 15_000 });
}

describe('rendered docs at 1440 px, as a reader meets them', () => {
  // One operation of each shape of sample: a list walked with `for await`, a body, the longest paths, a webhook.
  const shapes = [
    spec.paths['/payoutRequests'].get,
    spec.paths['/payoutTargets'].post,
    spec.paths['/merchantAccounts/{merchantAccountId}/payinSettlements'].get,
    spec.paths['/merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}'].get,
  ];
  const webhooks = [spec.webhooks['payout-request.update'].post, spec.webhooks['payin-settlement.update'].post];

  it('fits every TypeScript sample, response example and webhook receiver in its column, clear of its Copy button', async () => {
    const found: string[] = [];
    for (const operation of [...shapes, ...webhooks]) {
      await open(operation);
      for (const misfit of await misfits()) found.push(`${operation.operationId}: ${misfit}`);
    }
    expect(found).toEqual([]);
  });

  it('fits every curl sample in its column, its URL clear of the Copy button', async () => {
    await open(shapes[0]);
    await page.getByRole('button', { name: 'TypeScript' }).first().click();
    await page.getByRole('menuitem', { name: 'curl' }).first().click();
    const found: string[] = [];
    for (const operation of shapes) {
      await open(operation);
      await page.locator('pre', { hasText: 'curl -X' }).first().waitFor({ timeout: 15_000 });
      for (const misfit of await misfits()) found.push(`${operation.operationId}: ${misfit}`);
    }
    expect(found).toEqual([]);
  });

  it('shows the Flows section: every workflow of the Arazzo document, its steps in order, each linked to its operation', async () => {
    const arazzo = readArazzo();
    await page.getByRole('link', { name: 'Flows', exact: true }).first().click({ timeout: 15_000 });
    for (const workflow of arazzo.workflows) {
      const heading = page.locator('h3', { hasText: workflow.summary }).first();
      await heading.waitFor({ timeout: 15_000 });
      // The list after the workflow's heading and description (Redoc wraps each block in its own element): one
      // item per step, in order.
      const links = await heading.evaluate((h) => {
        let block = h.parentElement?.nextElementSibling;
        while (block && !block.querySelector('h3') && !block.querySelector(':scope > ol')) block = block.nextElementSibling;
        const list = block?.querySelector(':scope > ol');
        return [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) => li.querySelector('a')?.getAttribute('href') ?? '');
      });
      const expected = workflow.steps.map((step: { operationId: string }) => {
        const [, source, operationId] = /^\$sourceDescriptions\.(\w+)\.(\w+)$/.exec(step.operationId)!;
        return source === 'sandbox' ? expect.stringMatching(new RegExp(`^sandbox\\.html#tag/[\\w-]+/operation/${operationId}$`)) : expect.stringMatching(new RegExp(`^#tag/[\\w-]+/operation/${operationId}$`));
      });
      expect(links, workflow.workflowId).toEqual(expected);
    }
    expect(await misfits()).toEqual([]);
    // A step's link opens its operation.
    await page.locator('h3', { hasText: arazzo.workflows[0].summary }).first().scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: 'Create a payout target', exact: true }).first().click();
    await page.locator('h2', { hasText: 'Create a payout target' }).first().waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/createpayouttarget/i);
  });
});
