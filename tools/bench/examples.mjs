// The bodies every section sends and answers with: the spec's own examples for POST /payoutTargets.
import { readSpec } from '../../codegen/spec-file.mjs';

export const spec = readSpec();
const operation = spec.paths['/payoutTargets'].post;
export const requestBody = operation.requestBody.content['application/json'].examples.bankAccount.value;
export const responseBody = operation.responses['200'].content['application/json'].examples.active.value;
export const responseText = JSON.stringify(responseBody);
