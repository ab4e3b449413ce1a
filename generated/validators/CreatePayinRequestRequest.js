// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
function validateCreatePayinRequestRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateCreatePayinRequestRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.payinSourceId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payinSourceId" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.payinSourceId !== void 0) {
      let data0 = data.payinSourceId;
      if (typeof data0 === "string") {
        if (data0.length < 1) {
          const err2 = { instancePath: instancePath + "/payinSourceId", schemaPath: "#/properties/payinSourceId/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/payinSourceId", schemaPath: "#/properties/payinSourceId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.amount !== void 0) {
      let data1 = data.amount;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 <= 1e3 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1e3 } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      if (typeof data.reference !== "string") {
        const err6 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.targetMerchantAccountId !== void 0) {
      let data3 = data.targetMerchantAccountId;
      if (typeof data3 === "string") {
        if (data3.length < 1) {
          const err7 = { instancePath: instancePath + "/targetMerchantAccountId", schemaPath: "#/properties/targetMerchantAccountId/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/targetMerchantAccountId", schemaPath: "#/properties/targetMerchantAccountId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validateCreatePayinRequestRequest.errors = vErrors;
  return errors === 0;
}
validateCreatePayinRequestRequest.evaluated = { "props": { "payinSourceId": true, "amount": true, "reference": true, "targetMerchantAccountId": true }, "dynamicProps": false, "dynamicItems": false };

export { validateCreatePayinRequestRequest };
