// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
const schema0 = { "type": "number", "enum": [11, 13, 16, 18, 20], "$id": "urn:palomma-openapi:schema:PayinSettlementCycle" };
function validatePayinSettlementCycle(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validatePayinSettlementCycle.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 11 || data === 13 || data === 16 || data === 18 || data === 20)) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validatePayinSettlementCycle.errors = vErrors;
  return errors === 0;
}
validatePayinSettlementCycle.evaluated = { "dynamicProps": false, "dynamicItems": false };

export { validatePayinSettlementCycle };
