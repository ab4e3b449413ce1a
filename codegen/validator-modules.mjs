// Splits Ajv's standalone code (one program: every validator, each `$ref` a call of the component's own function)
// into ES modules, one per validator, so a bundle holds only the validators its entry can reach and a change to one
// schema changes one file. Ajv's numbered names become the validators' names; its constants are numbered per file.
import ts from 'typescript';

const ajvName = /^(validate|schema|formats|pattern|func|wrapper|root)\d+$/;

/** Top-level names an AST node mentions: identifiers, less property names (`x.errors`, `{ errors: … }`). */
function mentions(node, names, out = []) {
  const visit = (child, parent) => {
    if (ts.isIdentifier(child) && names.has(child.text)) {
      const propertyName = (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === child;
      if (!propertyName) out.push(child);
    }
    ts.forEachChild(child, (grandchild) => visit(grandchild, child));
  };
  ts.forEachChild(node, (child) => visit(child, node));
  return out;
}

/**
 * `code` is Ajv's standalone ESM with an `export const <name> = validateN;` per validator; `fileOf(name)` says which
 * module (a path relative to generated/) a validator goes to. Returns a Map from each module to `{ imports, body,
 * exports }`: the names it calls from other modules (a Map from module to names), its statements with Ajv's names
 * replaced, and its validators. A function Ajv made for part of a schema keeps its number and goes with the first
 * validator that calls it.
 */
export function splitValidators(code, fileOf) {
  const source = ts.createSourceFile('validators.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const publicName = new Map(); // Ajv's function name → the validator's name
  const units = new Map(); // top-level name → its statements (a function and the properties set on it, or a const)
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const [declaration] = statement.declarationList.declarations;
      const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (exported && ts.isIdentifier(declaration.initializer)) publicName.set(declaration.initializer.text, declaration.name.text);
      else units.set(declaration.name.text, [statement]);
    } else if (ts.isFunctionDeclaration(statement)) {
      units.set(statement.name.text, [statement]);
    } else if (
      ts.isExpressionStatement(statement) &&
      ts.isBinaryExpression(statement.expression) &&
      ts.isPropertyAccessExpression(statement.expression.left) &&
      units.has(statement.expression.left.expression.getText())
    ) {
      units.get(statement.expression.left.expression.getText()).push(statement);
    } else if (!(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression))) {
      throw new Error(`Ajv's standalone code has a statement the generator does not place: ${statement.getText().slice(0, 80)}`);
    }
  }
  for (const name of units.keys()) if (!ajvName.test(name)) throw new Error(`Ajv's standalone code declares an unexpected name: ${name}`);
  const names = new Set(units.keys());
  const uses = new Map([...units].map(([name, statements]) => [name, new Set(statements.flatMap((s) => mentions(s, names)).map((id) => id.text))]));
  uses.forEach((used, name) => used.delete(name));

  // Each function goes to its validator's module, and one made for part of a schema to its first caller's.
  const home = new Map();
  const queue = [...publicName.keys()];
  for (const name of queue) home.set(name, fileOf(publicName.get(name)));
  for (let i = 0; i < queue.length; i++) {
    for (const used of uses.get(queue[i])) {
      if (used.startsWith('validate') && !home.has(used)) {
        home.set(used, home.get(queue[i]));
        queue.push(used);
      }
    }
  }
  const functionName = (name) => publicName.get(name) ?? name;

  const files = new Map();
  for (const file of new Set(home.values())) {
    const functions = [...units.keys()].filter((name) => home.get(name) === file);
    // The constants its functions read, each copied into every file that reads it: they are plain values.
    const values = new Set();
    const pending = [...functions];
    while (pending.length) {
      for (const used of uses.get(pending.pop())) {
        if (!used.startsWith('validate') && !values.has(used)) {
          values.add(used);
          pending.push(used);
        }
      }
    }
    const local = [...units.keys()].filter((name) => values.has(name) || functions.includes(name));
    const rename = new Map();
    const counts = {};
    for (const name of local) {
      const prefix = name.replace(/\d+$/, '');
      rename.set(name, prefix === 'validate' ? functionName(name) : `${prefix}${(counts[prefix] = (counts[prefix] ?? -1) + 1)}`);
    }
    const imports = new Map(); // file → the names taken from it
    const body = local.flatMap((name) =>
      units.get(name).map((statement) => {
        let text = statement.getText();
        const start = statement.getStart();
        // Back to front, so the offsets of the names not yet replaced stay right.
        for (const id of mentions(statement, names).reverse()) {
          if (!rename.has(id.text)) {
            const from = home.get(id.text);
            if (!imports.has(from)) imports.set(from, new Set());
            imports.get(from).add(functionName(id.text));
          }
          text = text.slice(0, id.getStart() - start) + (rename.get(id.text) ?? functionName(id.text)) + text.slice(id.end - start);
        }
        return text;
      }),
    );
    files.set(file, { imports, body, exports: functions.map(functionName) });
  }
  return files;
}
