// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
const schema0 = { "type": "string", "enum": ["AUTHENTICATION_FAILED", "CUSTOMER_CANCELLATION", "DECLINED_BY_BANK", "EXPIRED", "INVALID_ACCOUNT", "NOT_ENOUGH_FUNDS", "ERROR", "BANK_NOT_AVAILABLE", "DOCUMENT_ACCOUNT_MISMATCH"], "$id": "urn:palomma-openapi:schema:StatusMessage" };
function validateStatusMessage(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateStatusMessage.evaluated;
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
  if (!(data === "AUTHENTICATION_FAILED" || data === "CUSTOMER_CANCELLATION" || data === "DECLINED_BY_BANK" || data === "EXPIRED" || data === "INVALID_ACCOUNT" || data === "NOT_ENOUGH_FUNDS" || data === "ERROR" || data === "BANK_NOT_AVAILABLE" || data === "DOCUMENT_ACCOUNT_MISMATCH")) {
    const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validateStatusMessage.errors = vErrors;
  return errors === 0;
}
validateStatusMessage.evaluated = { "dynamicProps": false, "dynamicItems": false };

export { validateStatusMessage };
