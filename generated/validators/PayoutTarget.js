// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validateCustomerDetails } from './CustomerDetails.js';
import { validatePayoutTargetStatus } from './PayoutTargetStatus.js';
import { validatePayoutTargetType } from './PayoutTargetType.js';
import { validateStatusMessage } from './StatusMessage.js';

const formats0 = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;
const formats1 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
function validatePayoutTarget(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validatePayoutTarget.evaluated;
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
    if (data.authUrl === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authUrl" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.redirectUrl === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "redirectUrl" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" } };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.updatedAt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" } };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      if (typeof data.reference !== "string") {
        const err9 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.customerId !== void 0) {
      if (typeof data.customerId !== "string") {
        const err11 = { instancePath: instancePath + "/customerId", schemaPath: "#/properties/customerId/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
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
    if (data.status !== void 0) {
      if (!validatePayoutTargetStatus(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validatePayoutTargetStatus.errors : vErrors.concat(validatePayoutTargetStatus.errors);
        errors = vErrors.length;
      }
    }
    if (data.statusMessage !== void 0) {
      if (!validateStatusMessage(data.statusMessage, { instancePath: instancePath + "/statusMessage", parentData: data, parentDataProperty: "statusMessage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validateStatusMessage.errors : vErrors.concat(validateStatusMessage.errors);
        errors = vErrors.length;
      }
    }
    if (data.authUrl !== void 0) {
      let data7 = data.authUrl;
      if (typeof data7 === "string") {
        if (!formats1.test(data7)) {
          const err12 = { instancePath: instancePath + "/authUrl", schemaPath: "#/properties/authUrl/format", keyword: "format", params: { format: "uri" } };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/authUrl", schemaPath: "#/properties/authUrl/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.redirectUrl !== void 0) {
      let data8 = data.redirectUrl;
      if (typeof data8 === "string") {
        if (!formats1.test(data8)) {
          const err14 = { instancePath: instancePath + "/redirectUrl", schemaPath: "#/properties/redirectUrl/format", keyword: "format", params: { format: "uri" } };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/redirectUrl", schemaPath: "#/properties/redirectUrl/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (!validatePayoutTargetType(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validatePayoutTargetType.errors : vErrors.concat(validatePayoutTargetType.errors);
        errors = vErrors.length;
      }
    }
    if (data.createdAt !== void 0) {
      let data10 = data.createdAt;
      if (typeof data10 === "string") {
        if (!formats0.test(data10)) {
          const err16 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" } };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.updatedAt !== void 0) {
      let data11 = data.updatedAt;
      if (typeof data11 === "string") {
        if (!formats0.test(data11)) {
          const err18 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/format", keyword: "format", params: { format: "date-time" } };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validatePayoutTarget.errors = vErrors;
  return errors === 0;
}
validatePayoutTarget.evaluated = { "props": { "id": true, "reference": true, "description": true, "customerId": true, "customerDetails": true, "status": true, "statusMessage": true, "authUrl": true, "redirectUrl": true, "type": true, "createdAt": true, "updatedAt": true }, "dynamicProps": false, "dynamicItems": false };

export { validatePayoutTarget };
