// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
const schema0 = { "type": "string", "enum": ["cc", "ce", "nit"], "$id": "urn:palomma-openapi:schema:DocumentType" };
function validateDocumentType(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateDocumentType.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "cc" || data === "ce" || data === "nit")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validateDocumentType.errors = vErrors;
  return errors === 0;
}
validateDocumentType.evaluated = { "dynamicProps": false, "dynamicItems": false };

export { validateDocumentType };
