// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
const schema0 = { "type": "string", "enum": ["processing", "approved", "cancelled"], "$id": "urn:palomma-openapi:schema:PayoutRequestStatus" };
function validatePayoutRequestStatus(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validatePayoutRequestStatus.evaluated;
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
  if (!(data === "processing" || data === "approved" || data === "cancelled")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validatePayoutRequestStatus.errors = vErrors;
  return errors === 0;
}
validatePayoutRequestStatus.evaluated = { "dynamicProps": false, "dynamicItems": false };

export { validatePayoutRequestStatus };
