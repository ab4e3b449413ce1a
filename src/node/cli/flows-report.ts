// What a Redocly Respect run of the flows came to, from its JSON report (`respect --json-output`): each workflow
// that ran, and every check that failed, named by workflow, step and check.

/** One check that failed: where, which, and Respect's own words. */
export interface FailedCheck {
  workflowId: string;
  stepId: string;
  /** Respect's name for the check: `success criteria check`, `status code check`, `schema check`, … */
  check: string;
  /** The condition checked, when the check has one (`$response.body#/status == 'approved'`). */
  condition?: string;
  message: string;
}

export interface WorkflowResult {
  workflowId: string;
  passed: boolean;
  /** Steps that ran (a workflow stops at its first failed step); a retried step counts once. */
  steps: number;
  /** Checks of those steps, Respect's own (status code, content type, schema) included; of a retried step, its last attempt. */
  checks: number;
  /** Retries Respect made before a step passed or gave up (a webhook still pending, for example). */
  retries: number;
  failed: FailedCheck[];
}

interface RespectCheck {
  name: string;
  passed: boolean;
  message?: string;
  condition?: string;
}
interface RespectStep {
  stepId?: string;
  checks?: RespectCheck[];
}
interface RespectWorkflow {
  workflowId: string;
  status: string;
  executedSteps?: RespectStep[];
  globalTimeoutError?: boolean;
}
interface RespectReport {
  files?: Record<string, { executedWorkflows?: RespectWorkflow[]; globalTimeoutError?: boolean }>;
}

/** Every workflow of a Respect JSON report, in the order it ran. */
export function workflowResults(report: RespectReport): WorkflowResult[] {
  const results: WorkflowResult[] = [];
  for (const file of Object.values(report.files ?? {})) {
    for (const workflow of file.executedWorkflows ?? []) {
      // A retried step appears once per attempt; its last attempt is the verdict.
      const attempts = workflow.executedSteps ?? [];
      const last = new Map<string, RespectStep>();
      for (const step of attempts) last.set(step.stepId ?? '(unnamed step)', step);
      const failed: FailedCheck[] = [];
      let checks = 0;
      for (const [stepId, step] of last) {
        for (const check of step.checks ?? []) {
          checks++;
          if (check.passed) continue;
          failed.push({
            workflowId: workflow.workflowId,
            stepId,
            check: check.name,
            ...(check.condition ? { condition: check.condition } : {}),
            message: (check.message ?? '').trim(),
          });
        }
      }
      if (workflow.globalTimeoutError || file.globalTimeoutError) {
        failed.push({ workflowId: workflow.workflowId, stepId: '-', check: 'global timeout', message: 'Respect ran out of time' });
      }
      const passed = workflow.status === 'success' && failed.length === 0;
      if (!passed && failed.length === 0) {
        failed.push({ workflowId: workflow.workflowId, stepId: '-', check: 'workflow', message: `Respect reports it as ${workflow.status}` });
      }
      results.push({ workflowId: workflow.workflowId, passed, steps: last.size, checks, retries: attempts.length - last.size, failed });
    }
  }
  return results;
}

/** `payoutFlow › payoutIsApproved › success criteria check: $response.body#/status == 'approved'`, and Respect's reason when it says more. */
export function describeFailure(failure: FailedCheck): string {
  // "Checking simple criteria: …" only repeats the condition; other messages say what was received, after a
  // copy of the criterion and before a general hint, both left out here.
  let said = failure.message.startsWith('Checking ') ? '' : failure.message.replace(/\s+/g, ' ').trim();
  if (said.startsWith('Failed to pass {') && said.includes('}: ')) said = said.slice(said.indexOf('}: ') + 3);
  said = said.replace(/ This could be because .*$/, '');
  const reason = said.length > 240 ? `${said.slice(0, 239)}…` : said;
  const what = failure.condition ?? reason;
  return `${failure.workflowId} › ${failure.stepId} › ${failure.check}: ${what}${failure.condition && reason ? ` (${reason})` : ''}`;
}
