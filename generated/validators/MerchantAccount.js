// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validateMerchantAccountType } from './MerchantAccountType.js';

function validateMerchantAccount(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateMerchantAccount.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.unsettledAmount === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unsettledAmount" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.unsettledAmount !== void 0) {
      let data2 = data.unsettledAmount;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/unsettledAmount", schemaPath: "#/properties/unsettledAmount/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.payoutLimitBalance !== void 0) {
      let data3 = data.payoutLimitBalance;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err7 = { instancePath: instancePath + "/payoutLimitBalance", schemaPath: "#/properties/payoutLimitBalance/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (!validateMerchantAccountType(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validateMerchantAccountType.errors : vErrors.concat(validateMerchantAccountType.errors);
        errors = vErrors.length;
      }
    }
    if (data.availableBalance !== void 0) {
      let data5 = data.availableBalance;
      if (!(typeof data5 == "number" && isFinite(data5))) {
        const err8 = { instancePath: instancePath + "/availableBalance", schemaPath: "#/properties/availableBalance/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.payinsEnabled !== void 0) {
      if (typeof data.payinsEnabled !== "boolean") {
        const err9 = { instancePath: instancePath + "/payinsEnabled", schemaPath: "#/properties/payinsEnabled/type", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.payoutsEnabled !== void 0) {
      if (typeof data.payoutsEnabled !== "boolean") {
        const err10 = { instancePath: instancePath + "/payoutsEnabled", schemaPath: "#/properties/payoutsEnabled/type", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validateMerchantAccount.errors = vErrors;
  return errors === 0;
}
validateMerchantAccount.evaluated = { "props": { "id": true, "description": true, "unsettledAmount": true, "payoutLimitBalance": true, "type": true, "availableBalance": true, "payinsEnabled": true, "payoutsEnabled": true }, "dynamicProps": false, "dynamicItems": false };

export { validateMerchantAccount };
