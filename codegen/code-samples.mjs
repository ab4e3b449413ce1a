// Adds docs samples to a copy of the spec: for every operation a TypeScript call of its generated method and a curl,
// and for every webhook a verifyWebhook receiver. Derived at docs time, never written into openapi.yaml.
import { describeOperations, resolve } from '../src/spec/operations.js';

const firstExample = (media) => {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first?.value;
};

const singular = (resource) => resource.replace(/ies$/, 'y').replace(/s$/, '');

const operationOf = (spec, op) => spec.paths[op.path][op.httpMethod.toLowerCase()];

function parametersOf(spec, op) {
  return [...(spec.paths[op.path].parameters ?? []), ...(operationOf(spec, op).parameters ?? [])].map((p) => resolve(spec, p));
}

// A path parameter's documented example, else a placeholder that says what goes there.
function parameterExample(spec, op, name) {
  const parameter = parametersOf(spec, op).find((p) => p.name === name);
  return parameter?.example ?? parameter?.schema?.example ?? parameter?.schema?.examples?.[0] ?? `<${name}>`;
}

// The request body's first example, or an empty object.
const bodyExample = (spec, op) => firstExample(resolve(spec, operationOf(spec, op).requestBody).content['application/json']) ?? {};

function queryExample(spec, op) {
  const query = {};
  for (const p of parametersOf(spec, op)) {
    if (p.in !== 'query' || p.name === op.paging?.cursorParameter) continue;
    const value = p.example ?? p.schema?.example ?? p.schema?.default;
    if (value !== undefined && (p.required || p.name === 'limit')) query[p.name] = value;
  }
  return query;
}

/**
 * Columns of code that fit, at 1440 px, in the samples panel beside an operation and in the middle column (the
 * webhooks' receivers). The code written here keeps to them; the docs page wraps a longer line (a long example
 * value) rather than cut it off. The panel's Copy button sits over its first two lines, which stay short.
 */
export const sampleColumns = { panel: 62, middle: 55, firstLines: 54 };

// As a person writes an object literal: keys that are identifiers unquoted.
const objectLiteral = (value) => JSON.stringify(value, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:');
const inlineObject = (value) => `{ ${Object.entries(value).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
const indent = (text, by) => text.replace(/\n/g, `\n${by}`);

/**
 * `const name = await callee(args);` on one line when it fits, else as a person breaks it: a lone object
 * argument opened on the call's line, other arguments one per line, and the call under `const name =` when even
 * its opening is too long.
 */
function callStatement(name, awaited, callee, args, columns = sampleColumns.panel) {
  const call = `${awaited ? 'await ' : ''}${callee}(`;
  const flat = `const ${name} = ${call}${args.map((a) => a.flat).join(', ')});`;
  if (flat.length <= columns) return flat;
  let head = `const ${name} = ${call}`;
  let pad = '';
  if (head.length + 1 > columns) {
    head = `const ${name} =\n  ${call}`;
    pad = '  ';
  }
  if (args.length === 1 && args[0].tall.startsWith('{')) return `${head}${indent(args[0].tall, pad)});`;
  const lines = args.map((a) => {
    const line = `${pad}  ${a.flat},`;
    return line.length <= columns ? line : `${pad}  ${indent(a.tall, `${pad}  `)},`;
  });
  return `${head}\n${lines.join('\n')}\n${pad});`;
}

function typescriptSample(spec, op) {
  const args = op.pathParameters.map((p) => {
    const text = JSON.stringify(parameterExample(spec, op, p.name));
    return { flat: text, tall: text };
  });
  if (op.body) {
    const body = bodyExample(spec, op);
    args.push({ flat: JSON.stringify(body), tall: objectLiteral(body) });
  }
  const query = op.queryParameters.length ? queryExample(spec, op) : {};
  if (Object.keys(query).length) args.push({ flat: inlineObject(query), tall: objectLiteral(query) });
  const callee = `palomma.${op.resource}.${op.method}`;
  const setup = [
    "import { createPalommaClient } from 'palomma-openapi';",
    '',
    'const palomma = createPalommaClient({',
    '  token: process.env.PALOMMA_TOKEN!,',
    '});',
    '',
  ];
  if (op.paging) {
    const item = singular(op.resource);
    return [
      ...setup,
      '// `await` gives the first page; `for await`',
      '// walks every item of every page.',
      callStatement(op.resource, false, callee, args),
      `for await (const ${item} of ${op.resource}) {`,
      `  console.log(${item});`,
      '}',
    ].join('\n');
  }
  const name = op.method === 'create' || op.method === 'retrieve' ? singular(op.resource) : 'result';
  return [...setup, callStatement(name, true, callee, args)].join('\n');
}

function curlSample(spec, op) {
  const server = spec.servers?.find((s) => s['x-environment'] === 'sandbox') ?? spec.servers?.[0];
  let path = op.path;
  for (const p of op.pathParameters) path = path.replace(`{${p.name}}`, encodeURIComponent(parameterExample(spec, op, p.name)));
  const query = op.queryParameters.length ? new URLSearchParams(Object.entries(queryExample(spec, op)).map(([k, v]) => [k, String(v)])).toString() : '';
  // The URL after two short lines, which the panel's Copy button covers the end of.
  const lines = [`curl -X ${op.httpMethod}`, `  -H "Authorization: Bearer $PALOMMA_TOKEN"`, `  '${server?.url ?? ''}${path}${query ? `?${query}` : ''}'`];
  if (op.body) {
    lines.push(`  -H 'Content-Type: application/json'`, `  -d '${JSON.stringify(bodyExample(spec, op), null, 2).replace(/'/g, "'\\''").replace(/\n/g, '\n    ')}'`);
  }
  return lines.join(' \\\n');
}

function webhookSample(eventType) {
  return [
    'import {',
    '  verifyWebhook,',
    "} from 'palomma-openapi/webhooks';",
    '',
    '// In your webhook route: check the signature,',
    '// then read the typed event.',
    'const delivery = await verifyWebhook({',
    '  headers: request.headers,',
    '  integrityKey: process.env.PALOMMA_INTEGRITY_KEY!,',
    '});',
    `if (delivery.eventType === '${eventType}') {`,
    '  console.log(delivery.webhookId, delivery.event.id);',
    '}',
  ].join('\n');
}

/** A copy of the spec with `x-codeSamples` on every operation and webhook (Redoc shows them beside each one). */
export function withCodeSamples(spec) {
  const copy = structuredClone(spec);
  for (const op of describeOperations(spec)) {
    operationOf(copy, op)['x-codeSamples'] = [
      { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(spec, op) },
      { lang: 'curl', label: 'curl', source: curlSample(spec, op) },
    ];
  }
  // Redoc shows no code samples beside webhooks, so the receiver's code goes at the end of each description.
  for (const [eventType, item] of Object.entries(copy.webhooks ?? {})) {
    if (!item.post) continue;
    const sample = `**Receiving it with palomma-openapi**\n\n\`\`\`ts\n${webhookSample(eventType)}\n\`\`\``;
    item.post.description = `${item.post.description ?? ''}\n\n${sample}\n`;
  }
  return copy;
}
