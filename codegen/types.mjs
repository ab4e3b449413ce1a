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

// openapi-typescript always declares `$defs`, for the `$defs` of JSON Schema documents; when the spec has none it is
// `Record<string, never>`, which nothing imports.
const isEmptyDefs = (node) =>
  ts.isTypeAliasDeclaration(node) &&
  node.name.text === '$defs' &&
  ts.isTypeReferenceNode(node.type) &&
  node.type.typeArguments?.[1]?.kind === ts.SyntaxKind.NeverKeyword;

export async function renderTypes(spec) {
  // openapi-typescript writes into the document it is given (discriminator values into the oneOf's branches),
  // so it gets a copy: the validators are compiled from the same document afterwards.
  const ast = await openapiTS(structuredClone(spec), { transform: openEnum });
  return astToString(ast.filter((node) => !isEmptyDefs(node)));
}
