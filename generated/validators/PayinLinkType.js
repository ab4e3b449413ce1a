// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
const schema0 = { "type": "string", "enum": ["general", "pse", "bancolombiaButton", "nequiButton", "card", "bancolombiaCollect"], "$id": "urn:palomma-openapi:schema:PayinLinkType" };
function validatePayinLinkType(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validatePayinLinkType.evaluated;
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
  if (!(data === "general" || data === "pse" || data === "bancolombiaButton" || data === "nequiButton" || data === "card" || data === "bancolombiaCollect")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validatePayinLinkType.errors = vErrors;
  return errors === 0;
}
validatePayinLinkType.evaluated = { "dynamicProps": false, "dynamicItems": false };

export { validatePayinLinkType };
