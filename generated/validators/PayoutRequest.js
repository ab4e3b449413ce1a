// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validateCustomerDetails } from './CustomerDetails.js';
import { validatePayoutRequestStatus } from './PayoutRequestStatus.js';
import { validatePayoutTargetDetails } from './PayoutTargetDetails.js';
import { validateStatusMessage } from './StatusMessage.js';

const formats0 = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;
function validatePayoutRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validatePayoutRequest.evaluated;
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
    if (data.customerId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customerId" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.customerDetails === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customerDetails" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.payoutTargetId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payoutTargetId" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.payoutTargetDetails === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payoutTargetDetails" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.amount === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amount" } };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.amountSent === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amountSent" } };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.fee === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fee" } };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.sourceMerchantAccountId === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceMerchantAccountId" } };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" } };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.updatedAt === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" } };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      if (typeof data.reference !== "string") {
        const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.customerId !== void 0) {
      if (typeof data.customerId !== "string") {
        const err14 = { instancePath: instancePath + "/customerId", schemaPath: "#/properties/customerId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.customerDetails !== void 0) {
      if (!validateCustomerDetails(data.customerDetails, { instancePath: instancePath + "/customerDetails", parentData: data, parentDataProperty: "customerDetails", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validateCustomerDetails.errors : vErrors.concat(validateCustomerDetails.errors);
        errors = vErrors.length;
      }
    }
    if (data.payoutTargetId !== void 0) {
      if (typeof data.payoutTargetId !== "string") {
        const err15 = { instancePath: instancePath + "/payoutTargetId", schemaPath: "#/properties/payoutTargetId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.payoutTargetDetails !== void 0) {
      if (!validatePayoutTargetDetails(data.payoutTargetDetails, { instancePath: instancePath + "/payoutTargetDetails", parentData: data, parentDataProperty: "payoutTargetDetails", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validatePayoutTargetDetails.errors : vErrors.concat(validatePayoutTargetDetails.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!validatePayoutRequestStatus(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validatePayoutRequestStatus.errors : vErrors.concat(validatePayoutRequestStatus.errors);
        errors = vErrors.length;
      }
    }
    if (data.statusMessage !== void 0) {
      if (!validateStatusMessage(data.statusMessage, { instancePath: instancePath + "/statusMessage", parentData: data, parentDataProperty: "statusMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validateStatusMessage.errors : vErrors.concat(validateStatusMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.amount !== void 0) {
      let data8 = data.amount;
      if (!(typeof data8 == "number" && isFinite(data8))) {
        const err16 = { instancePath: instancePath + "/amount", schemaPath: "#/properties/amount/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.amountSent !== void 0) {
      let data9 = data.amountSent;
      if (!(typeof data9 == "number" && isFinite(data9))) {
        const err17 = { instancePath: instancePath + "/amountSent", schemaPath: "#/properties/amountSent/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.fee !== void 0) {
      let data10 = data.fee;
      if (!(typeof data10 == "number" && isFinite(data10))) {
        const err18 = { instancePath: instancePath + "/fee", schemaPath: "#/properties/fee/type", keyword: "type", params: { type: "number" } };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.sourceMerchantAccountId !== void 0) {
      if (typeof data.sourceMerchantAccountId !== "string") {
        const err19 = { instancePath: instancePath + "/sourceMerchantAccountId", schemaPath: "#/properties/sourceMerchantAccountId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data12 = data.createdAt;
      if (typeof data12 === "string") {
        if (!formats0.test(data12)) {
          const err20 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" } };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.updatedAt !== void 0) {
      let data13 = data.updatedAt;
      if (typeof data13 === "string") {
        if (!formats0.test(data13)) {
          const err22 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/format", keyword: "format", params: { format: "date-time" } };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validatePayoutRequest.errors = vErrors;
  return errors === 0;
}
validatePayoutRequest.evaluated = { "props": { "id": true, "reference": true, "customerId": true, "customerDetails": true, "payoutTargetId": true, "payoutTargetDetails": true, "status": true, "statusMessage": true, "amount": true, "amountSent": true, "fee": true, "sourceMerchantAccountId": true, "createdAt": true, "updatedAt": true }, "dynamicProps": false, "dynamicItems": false };

export { validatePayoutRequest };
