// One merchant of the sandbox: its clock and timeline, its objects and balances, its webhook deliveries, its
// faults, and the settlement cycles that settle its collected payins; with its state as a document and back.
import type { SpecNode } from '../../spec/document.js';
import { createClock, type Clock } from './clock.js';
import type { ControlMerchant } from './control.js';
import { createFaults, type Faults } from './faults.js';
import type { RecordFields, SandboxRecord } from './record.js';
import { resourceRules, seedMerchantAccounts, settlementCycles } from './resources.js';
import type { RouteTable } from './routes.js';
import { nextCycle } from './settlement-cycles.js';
import type { MerchantState } from './state-file.js';
import { createSnapshotCache, planLoad, takeSnapshot, type SnapshotSource } from './state-snapshot.js';
import { createState, type State } from './state.js';
import { createTimeline, type Timeline } from './timeline.js';
import { createWebhooks, type Webhooks, type WebhooksOptions } from './webhooks.js';

type Row = Record<string, unknown>;

export interface MerchantOptions {
  label: string;
  spec: SpecNode;
  routes: RouteTable;
  /** The customer's page of an object of this merchant. */
  pageUrl(resource: string, id: string): string;
  autoAdvance: number | undefined;
  webhooks: Omit<WebhooksOptions, 'clock' | 'timeline'>;
  /** Each operationId of the API and the statuses it declares, for faults. */
  operations: ReadonlyMap<string, ReadonlySet<number>>;
  /** The problems with an object by its resource's schema, for loading a state. */
  checkObject(resource: string, object: Row): string | undefined;
  /** Called on every change of the merchant's state. */
  changed(): void;
  /** Called after real time ran due tasks (the sandbox writes its state file then). */
  afterTimer(): void;
}

export interface Merchant extends ControlMerchant {
  readonly label: string;
  readonly clock: Clock;
  readonly timeline: Timeline;
  readonly faults: Faults;
  readonly state: State;
  readonly webhooks: Webhooks;
  /** The state as JSON text, from what changed since (for the state file). */
  snapshotText(): string;
  /** Loads a state; `check` replaces the schema check (npm start checks against a newly saved spec). */
  load(state: unknown, check?: (resource: string, object: Row) => string | undefined): void;
  close(): void;
}

const pageField = (resource: string): string | undefined => resourceRules[resource]?.page?.field;

export function createMerchant(options: MerchantOptions): Merchant {
  const { label, changed } = options;
  const clock = createClock();
  const timeline = createTimeline({ clock, afterTimer: options.afterTimer });
  const webhooks = createWebhooks({ ...options.webhooks, clock, timeline });
  let cache: ReturnType<typeof createSnapshotCache> | undefined;
  const state = createState({
    spec: options.spec,
    routes: options.routes,
    pageUrl: options.pageUrl,
    autoAdvance: options.autoAdvance,
    onChange: (eventType, event) => webhooks.send(eventType, event),
    onMutate: (resource, record) => {
      cache?.touch(resource, record);
      changed();
    },
    clock,
    timeline,
  });
  const faults = createFaults(options.operations);

  // Palomma's settlement cycles: each one passing settles what each merchant account collected since the last.
  let cancelCycle = () => {};
  function scheduleCycle() {
    cancelCycle();
    const cycle = nextCycle(clock.now(), settlementCycles);
    cancelCycle = timeline.at(cycle.at, () => {
      state.settleCycle(cycle);
      scheduleCycle();
    });
  }
  scheduleCycle();

  const resources = [...new Set(options.routes.routes.filter((route) => route.kind === 'retrieve').map((route) => route.resource))];
  const source: Omit<SnapshotSource, 'now'> = {
    resources,
    records: (resource) => state.records(resource),
    present: (resource, record) => state.present(resource, record as SandboxRecord),
    pageField,
    settled: (record) => record.$settled === true,
  };
  cache = createSnapshotCache(source);
  const now = () => new Date(clock.now()).toISOString();

  return {
    label,
    clock,
    timeline,
    faults,
    state,
    webhooks,
    changed,
    redeliver: (webhookId) => webhooks.redeliver(webhookId),
    snapshot: (): MerchantState => takeSnapshot({ ...source, now: now() }),
    snapshotText: () => cache!.text(now()),
    load(value, check = options.checkObject) {
      const plan = planLoad(value, {
        resources,
        check,
        pageField,
        seedAccounts: (now) => seedMerchantAccounts().map((account) => ({ createdAt: now, updatedAt: now, ...account })),
      });
      // Checked whole: from here on nothing can fail half-way. The deliveries of the state replaced go with it.
      webhooks.reset();
      timeline.clear();
      // Each row passed its resource's schema: it is a record of that resource.
      state.replace(plan.records as unknown as ReadonlyMap<string, RecordFields[]>, plan.settled);
      clock.moveTo(plan.now);
      state.scheduleAll();
      scheduleCycle();
      timeline.runDue();
      changed();
    },
    close() {
      timeline.close();
      state.close();
      webhooks.reset();
    },
  };
}
