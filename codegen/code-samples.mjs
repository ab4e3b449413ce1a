// Adds docs samples to a copy of the spec: for every operation a TypeScript call of its generated method and a curl,
// and for every webhook a verifyWebhook receiver. Derived at docs time, never written into openapi.yaml.
import { isoLength, withCurrentDates } from '../src/spec/example-dates.js';
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

// The request body's first example, or an empty object. A date Palomma judges against today
// (`x-palomma-example-days-from-now`) becomes a marker that each sample writes as code computing it when it runs.
const dateMarker = /"@@days-from-now:(\d+):(\d+)@@"/g;
function bodyExample(spec, op) {
  const media = resolve(spec, operationOf(spec, op).requestBody).content['application/json'];
  return withCurrentDates(spec, media.schema, firstExample(media) ?? {}, (current, days) => `@@days-from-now:${days}:${isoLength(current)}@@`);
}

const typescriptDate = (_marker, days, length) =>
  `new Date(Date.now() + ${days === '1' ? '' : `${days} * `}86_400_000).toISOString().slice(0, ${length})`;

// GNU date first, then BSD (macOS) date; both in UTC, as `toISOString()`.
const shellFormats = { 10: '+%Y-%m-%d', 19: '+%Y-%m-%dT%H:%M:%S', 24: '+%Y-%m-%dT%H:%M:%S.000Z' };
const shellDate = (_marker, days, length) =>
  `"'"$(date -u -d '+${days} day' ${shellFormats[length]} 2>/dev/null || date -u -v+${days}d ${shellFormats[length]})"'"`;

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
    // A date judged against today is written as code computing it (see bodyExample), its chain broken as a
    // person breaks a line too long for the panel.
    const tall = objectLiteral(body)
      .replace(dateMarker, typescriptDate)
      .replace(/^( *)(\w+: new Date\(.*?\))(\.toISOString\(\))(\.slice\(.*?\),?)$/gm, (line, pad, head, iso, slice) =>
        line.length + 4 <= sampleColumns.panel ? line : `${pad}${head}\n${pad}  ${iso}\n${pad}  ${slice}`,
      );
    args.push({ flat: JSON.stringify(body).replace(dateMarker, typescriptDate), tall });
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
    const json = JSON.stringify(bodyExample(spec, op), null, 2).replace(/'/g, "'\\''").replace(dateMarker, shellDate);
    lines.push(`  -H 'Content-Type: application/json'`, `  -d '${json.replace(/\n/g, '\n    ')}'`);
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
