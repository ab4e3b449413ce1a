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

function typescriptSample(spec, op) {
  const ids = op.pathParameters.map((p) => JSON.stringify(parameterExample(spec, op, p.name)));
  const query = op.queryParameters.length ? queryExample(spec, op) : undefined;
  const args = [...ids];
  // As a person writes an object literal: keys that are identifiers unquoted.
  if (op.body) {
    args.push(
      JSON.stringify(bodyExample(spec, op), null, 2)
        .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:')
        .replace(dateMarker, typescriptDate),
    );
  }
  if (query && Object.keys(query).length) args.push(`{ ${Object.entries(query).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`);
  // The samples panel is narrow: arguments go one per line unless the call is short or takes a single object.
  const oneLine = args.join(', ');
  const spread = oneLine.length > 40 && !(args.length === 1 && oneLine.startsWith('{'));
  const call = `palomma.${op.resource}.${op.method}(${spread ? `\n  ${args.map((a) => a.replace(/\n/g, '\n  ')).join(',\n  ')},\n` : oneLine})`;
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
    return [...setup, '// `await` gives the first page; `for await` walks every item of every page.', `for await (const ${item} of ${call}) {`, `  console.log(${item});`, '}'].join('\n');
  }
  const name = op.method === 'create' || op.method === 'retrieve' ? singular(op.resource) : 'result';
  return [...setup, `const ${name} = await ${call};`].join('\n');
}

function curlSample(spec, op) {
  const server = spec.servers?.find((s) => s['x-environment'] === 'sandbox') ?? spec.servers?.[0];
  let path = op.path;
  for (const p of op.pathParameters) path = path.replace(`{${p.name}}`, encodeURIComponent(parameterExample(spec, op, p.name)));
  const query = op.queryParameters.length ? new URLSearchParams(Object.entries(queryExample(spec, op)).map(([k, v]) => [k, String(v)])).toString() : '';
  const lines = [`curl -X ${op.httpMethod} '${server?.url ?? ''}${path}${query ? `?${query}` : ''}'`, `  -H "Authorization: Bearer $PALOMMA_TOKEN"`];
  if (op.body) {
    const json = JSON.stringify(bodyExample(spec, op), null, 2).replace(/'/g, "'\\''").replace(dateMarker, shellDate);
    lines.push(`  -H 'Content-Type: application/json'`, `  -d '${json.replace(/\n/g, '\n    ')}'`);
  }
  return lines.join(' \\\n');
}

function webhookSample(eventType) {
  return [
    "import { verifyWebhook } from 'palomma-openapi/webhooks';",
    '',
    '// In your webhook route: check the signature, then read the typed event.',
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
