// Cursor paging: `await list()` gives the first page; `for await (… of list())` walks every item of every page.
import { PalommaError } from './errors.js';

export interface CursorPage<Item> {
  items?: Item[];
  cursor?: string | null;
}

export interface PagingOptions {
  /** The most pages an iteration may fetch before it stops with a PalommaError. Default 1 000. */
  maxPages?: number;
}

export const defaultMaxPages = 1_000;

/**
 * A list call that is both a promise of its first page and an async iterator over all items, page after
 * page, until a page comes without a `cursor`. Iteration stops with an error rather than loop for ever when
 * it passes `maxPages`, or when the server hands back a cursor it already gave.
 */
export class PageList<Item, Page extends CursorPage<Item>> implements PromiseLike<Page>, AsyncIterable<Item> {
  private first: Promise<Page> | undefined;

  constructor(
    private readonly fetchPage: (cursor: string | undefined) => Promise<Page>,
    private readonly startCursor: string | undefined,
    private readonly maxPages: number,
    private readonly what: string,
  ) {
    if (!Number.isInteger(maxPages) || maxPages < 1) {
      throw new PalommaError(`maxPages: must be a whole number, 1 or more; got ${String(maxPages)}`);
    }
  }

  private firstPage(): Promise<Page> {
    return (this.first ??= this.fetchPage(this.startCursor));
  }

  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  /** Every page, the first one included. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const seen = new Set<string>();
    let page = await this.firstPage();
    for (let count = 1; ; count++) {
      yield page;
      const next = page.cursor;
      if (next === undefined || next === null || next === '') return;
      if (seen.has(next)) throw new PalommaError(`${this.what}: the server sent cursor ${JSON.stringify(next)} twice; stopping`);
      if (count >= this.maxPages) {
        throw new PalommaError(`${this.what}: more than ${this.maxPages} pages; raise maxPages to read further`);
      }
      seen.add(next);
      page = await this.fetchPage(next);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items ?? [];
  }
}
