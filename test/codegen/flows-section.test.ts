// The docs' Flows section, written from the Arazzo document: every workflow and step, in order, each step linked
// to its operation on the API's page or the control API's, with what it checks; a step calling an operation no
// source has stops the build, naming the step.
import { describe, expect, it } from 'vitest';
import { flowsSection, readArazzo, withFlowsSection } from '../../codegen/flows-section.mjs';
import { readSpec } from '../../codegen/spec-file.mjs';
import { spec } from '../helpers/spec.js';

const control = readSpec('sandbox.yaml');
const arazzo = readArazzo();

describe('the Flows section', () => {
  const section: string = flowsSection(arazzo, { api: spec, control });

  it('has every workflow as a heading, its workflowId and its steps as a numbered list, in order', () => {
    for (const workflow of arazzo.workflows) {
      const part = section.split(`### ${workflow.summary}\n`)[1]?.split('\n### ')[0];
      expect(part, workflow.workflowId).toBeDefined();
      expect(part).toContain(`\`${workflow.workflowId}\`: `);
      const items = [...part!.matchAll(/^(\d+)\. \[[^\]]+\]\(([^)]+)\)/gm)];
      expect(items.map((m) => Number(m[1]))).toEqual(workflow.steps.map((_: unknown, i: number) => i + 1));
      expect(items.map((m) => m[2]!.split('/operation/')[1])).toEqual(workflow.steps.map((s: { operationId: string }) => s.operationId.split('.').pop()));
    }
  });

  it('links API steps within the page and control API steps to the sandbox page, by tag and operationId', () => {
    expect(section).toContain('[Create a payout target](#tag/Payout-Targets/operation/createPayoutTarget) (`POST /payoutTargets`)');
    expect(section).toContain(
      '[Verify or refuse a payout target](sandbox.html#tag/Customer-decisions/operation/authorizePayoutTarget) (`POST /payoutTargets/{payoutTargetId}/authorize`, sandbox control API)',
    );
  });

  it('says what each step checks, in a reader\'s words', () => {
    expect(section).toContain("Checks `HTTP 200`, `id == createPayoutRequest.payoutRequestId`, `status == 'approved'`, `amountSent == 250000`.");
    expect(section).toContain('`authUrl` matches `^https?://`');
    expect(section).toContain('`HTTP 200 or 409`');
  });

  it('goes into the description before its first section, leaving the spec itself as it was', () => {
    const documented = withFlowsSection(spec, { arazzo, control });
    expect(documented.info.description.indexOf('## Flows')).toBeLessThan(documented.info.description.indexOf('## Money, limits and settlement'));
    expect(spec.info.description).not.toContain('## Flows');
  });

  it('refuses a step whose operation no source description has, naming the step', () => {
    const broken = structuredClone(arazzo);
    broken.workflows[0].steps[1].operationId = '$sourceDescriptions.palomma.createPayoutTargets';
    expect(() => flowsSection(broken, { api: spec, control })).toThrow(/step createPayoutTarget calls \$sourceDescriptions\.palomma\.createPayoutTargets/);
  });
});
