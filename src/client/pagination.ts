// Cursor paging: `await list()` gives the first page; `for await (… of list())` walks every item of every page.
import type { WithResponse } from './api-promise.js';
import { PalommaConfigError, PalommaError, PalommaResponseValidationError } from './errors.js';
import { notAList } from './validation/body-shape.js';

export interface PagingOptions {
  /** The most pages a walk may fetch before it stops with a PalommaError. Default 1 000. */
  maxPages?: number;
}

/** Where a page keeps its items and the cursor of the next page (the spec's `x-palomma-paging`). */
export interface PageFields {
  items: string;
  nextCursor: string;
}

/** The item type of a page type whose items are under `Key`. */
export type PageItem<Page, Key extends keyof Page> = NonNullable<Page[Key]> extends readonly (infer Item)[] ? Item : never;

export const defaultMaxPages = 1_000;

/** Fetches the page at `cursor` (undefined: the first page). */
export type FetchPage<Page> = (cursor: string | undefined) => Promise<WithResponse<Page>>;

// A bad option is the caller's mistake, like every other option error: a PalommaConfigError.
function checkCount(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new PalommaConfigError(`${name}: must be a whole number, ${min} or more; got ${String(value)}`);
  }
  return value;
}

/**
 * A list call that is both a promise of its first page and an async iterator over all items, page after
 * page, until a page comes whose next cursor is null, absent or empty. A walk stops with an error rather than
 * loop for ever when it passes `maxPages`, or when the server hands back a cursor it already gave.
 */
export class PageList<Item, Page> implements Promise<Page>, AsyncIterable<Item> {
  private first: Promise<WithResponse<Page>> | undefined;
  private readonly maxPages: number;
  /** `GET /payoutRequests`, for messages. */
  private readonly what: string;

  constructor(
    private readonly fetchPage: FetchPage<Page>,
    private readonly fields: PageFields,
    private readonly request: { method: string; path: string },
    maxPages: number = defaultMaxPages,
    private readonly startCursor?: string,
  ) {
    this.maxPages = checkCount('maxPages', maxPages, 1);
    this.what = `${request.method} ${request.path}`;
  }

  private firstPage(): Promise<WithResponse<Page>> {
    return (this.first ??= this.page(this.startCursor));
  }

  // A page's items are iterated: a string there would be walked letter by letter, so it is refused.
  private async page(cursor: string | undefined): Promise<WithResponse<Page>> {
    const page = await this.fetchPage(cursor);
    const issues = notAList(page.data, this.fields.items);
    if (issues.length) throw new PalommaResponseValidationError(issues, page.response.status, this.request);
    return page;
  }

  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage()
      .then((first) => first.data)
      .then(onFulfilled, onRejected);
  }

  /** Like a promise's `catch`: handles a failure of the first page. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.then(undefined, onRejected);
  }

  /** Like a promise's `finally`: runs once the first page has arrived or failed. */
  finally(onFinally?: (() => void) | null): Promise<Page> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'PageList';
  }

  /** The first page and the Response it came in (status, headers), from the same request as `await`. */
  withResponse(): Promise<WithResponse<Page>> {
    return this.firstPage();
  }

  // Checked to be absent or a list when the page arrived.
  private itemsOf(page: Page): Item[] {
    return ((page as Record<string, unknown>)[this.fields.items] as Item[] | undefined) ?? [];
  }

  /** Every page, the first one included. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const seen = new Set<string>();
    let page = (await this.firstPage()).data;
    for (let count = 1; ; count++) {
      yield page;
      const next = (page as Record<string, unknown>)[this.fields.nextCursor];
      if (next === undefined || next === null || next === '') return;
      if (typeof next !== 'string') throw new PalommaError(`${this.what}: the page's ${this.fields.nextCursor} is not a string`);
      if (seen.has(next)) throw new PalommaError(`${this.what}: the server sent cursor ${JSON.stringify(next)} twice; stopping`);
      if (count >= this.maxPages) {
        throw new PalommaError(`${this.what}: more than ${this.maxPages} pages; raise maxPages to read further`);
      }
      seen.add(next);
      page = (await this.page(next)).data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* this.itemsOf(page);
  }

  /** Every item across pages, in order, up to `limit` items (required, so a walk is never unbounded by accident). */
  async toArray({ limit }: { limit: number }): Promise<Item[]> {
    checkCount('limit', limit, 1);
    const items: Item[] = [];
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
