// The docs page's "Flows" section, written from the Arazzo document (flows/palomma.arazzo.yaml): each workflow,
// its steps in order, each linked to the operation it calls and showing what it checks. The flows the tests run
// are the flows the docs show, because both read the one document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { rootDir } from './spec-file.mjs';

export const arazzoPath = join(rootDir, 'flows/palomma.arazzo.yaml');

export const readArazzo = (path = arazzoPath) => parse(readFileSync(path, 'utf8'));

const httpMethods = ['get', 'put', 'post', 'delete', 'patch'];

/** Redoc's anchor of an operation: `#tag/Payout-Targets/operation/createPayoutTarget`. */
const anchor = (tag, operationId) => `#tag/${encodeURIComponent(tag.replace(/\s+/g, '-'))}/operation/${operationId}`;

/** operationId → method, path, summary and Redoc anchor, for every operation of an OpenAPI document. */
function operationsOf(document, page = '') {
  const found = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      found.set(operation.operationId, {
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? operation.operationId,
        href: `${page}${anchor(operation.tags?.[0] ?? 'default', operation.operationId)}`,
      });
    }
  }
  return found;
}

/** A runtime expression as a reader says it: `$response.body#/customerDetails/documentNumber` → `customerDetails.documentNumber`. */
function readable(expression) {
  return expression
    .replace(/\$response\.body#\//g, '')
    .replace(/\$steps\.(\w+)\.outputs\.(\w+)/g, '$1.$2')
    .replace(/\$inputs\.(\w+)/g, '$1')
    .replace(/\$statusCode == (\d+)/g, 'HTTP $1')
    .replace(/ \|\| HTTP /g, ' or ')
    .replace(/ && /g, ' and ')
    .replace(/(\w)\/(?=\w)/g, '$1.');
}

/** One success criterion as inline code: a simple condition, `field ~ regex`, or a JSONPath filter's test. */
function criterion(item) {
  if (item.type === 'regex') return `\`${readable(item.context)}\` matches \`${item.condition}\``;
  if (item.type === 'jsonpath' || item.type?.type === 'jsonpath') {
    const test = /^\$\[\?\((.*)\)\]$/.exec(item.condition)?.[1] ?? item.condition;
    return `\`${readable(test.replace(/@\./g, ''))}\``;
  }
  return `\`${readable(item.condition)}\``;
}

/** The markdown of one step: its operation, linked, what it is for, and what it checks. */
function stepLine(step, index, sources) {
  const [, source, operationId] = /^\$sourceDescriptions\.(\w+)\.(\w+)$/.exec(step.operationId ?? '') ?? [];
  const operation = sources[source]?.operations.get(operationId);
  if (!operation) throw new Error(`flows: step ${step.stepId} calls ${step.operationId}, which no source description has`);
  const link = `[${operation.summary}](${operation.href}) (\`${operation.method} ${operation.path}\`${sources[source].label})`;
  const what = (step.description ?? '').trim().replace(/\s*\n\s*/g, ' ');
  const checks = (step.successCriteria ?? []).map(criterion).join(', ');
  return `${index + 1}. ${link}: ${what}${checks ? ` Checks ${checks}.` : ''}`;
}

/**
 * The "Flows" section as markdown. `api` is the OpenAPI document the docs page shows (its operations link within
 * the page); `control` the sandbox's control API, documented on `controlPage` beside it.
 */
export function flowsSection(arazzo, { api, control, controlPage = 'sandbox.html' }) {
  const sources = {};
  for (const description of arazzo.sourceDescriptions ?? []) {
    const isApi = /(^|\/)openapi\.yaml$/.test(description.url);
    sources[description.name] = isApi
      ? { operations: operationsOf(api), label: '' }
      : { operations: operationsOf(control, controlPage), label: ', sandbox control API' };
  }
  const workflows = arazzo.workflows.map((workflow) => {
    const steps = workflow.steps.map((step, i) => stepLine(step, i, sources));
    // The workflowId goes in the text: the sidebar shows headings as plain text.
    return [`### ${workflow.summary}`, '', `\`${workflow.workflowId}\`: ${workflow.description.trim()}`, '', ...steps].join('\n');
  });
  const intro = [
    '## Flows',
    'Palomma is used in flows, not single calls. Each flow below is a workflow of the Arazzo document',
    '`flows/palomma.arazzo.yaml`, shipped with the `palomma-openapi` package: `npm test` runs every one of',
    'them against the local sandbox with Redocly Respect, and `npx palomma flows` runs them against yours.',
    'Steps marked *sandbox control API* are played by the sandbox for the customer, their bank or Palomma;',
    'against Palomma itself, a person or Palomma does them.',
  ].join('\n');
  return [intro, ...workflows].join('\n\n');
}

/** A copy of the API document whose description carries the Flows section, before its first `##` section. */
export function withFlowsSection(api, { arazzo = readArazzo(), control }) {
  const copy = structuredClone(api);
  const section = flowsSection(arazzo, { api, control });
  const description = copy.info?.description ?? '';
  const at = description.search(/^## /m);
  copy.info = {
    ...copy.info,
    description: at < 0 ? `${description}\n\n${section}\n` : `${description.slice(0, at)}${section}\n\n${description.slice(at)}`,
  };
  return copy;
}
