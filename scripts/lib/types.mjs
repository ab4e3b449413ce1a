// Renders the spec's TypeScript types with openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const stringKeyword = () => ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);

// An "open enum" is `anyOf: [{ enum: [...] }, { type: string }]`: any string is valid, the listed ones are
// known. openapi-typescript would collapse it to `string`; `(string & {})` keeps the literals for
// autocompletion without rejecting other values.
function openEnum(schema) {
  const branches = schema.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return undefined;
  const known = branches.find((b) => Array.isArray(b.enum) && b.enum.every((v) => typeof v === 'string'));
  const other = branches.find((b) => b !== known && b.type === 'string' && !b.enum);
  if (!known || !other) return undefined;
  return ts.factory.createUnionTypeNode([
    ...known.enum.map((v) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(v))),
    ts.factory.createIntersectionTypeNode([stringKeyword(), ts.factory.createTypeLiteralNode([])]),
  ]);
}

export async function renderTypes(spec) {
  const ast = await openapiTS(spec, { transform: openEnum });
  return astToString(ast);
}
