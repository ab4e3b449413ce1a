// Renders the spec's TypeScript types with openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { openEnumParts } from './open-enum.mjs';

const stringKeyword = () => ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);

// openapi-typescript would collapse an open enum to `string`; `(string & {})` keeps the known literals for
// autocompletion without rejecting other values.
function openEnum(schema) {
  const parts = openEnumParts(schema);
  if (!parts) return undefined;
  return ts.factory.createUnionTypeNode([
    ...parts.known.map((v) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(v))),
    ts.factory.createIntersectionTypeNode([stringKeyword(), ts.factory.createTypeLiteralNode([])]),
  ]);
}

export async function renderTypes(spec) {
  // openapi-typescript writes into the document it is given (discriminator values into the oneOf's branches),
  // so it gets a copy: the validators are compiled from the same document afterwards.
  const ast = await openapiTS(structuredClone(spec), { transform: openEnum });
  return astToString(ast);
}
