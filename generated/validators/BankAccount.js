// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validateBankAccountType } from './BankAccountType.js';
import { validateBankCode } from './BankCode.js';

function validateBankAccount(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateBankAccount.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.bank === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bank" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.accountType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountType" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.accountNumber === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountNumber" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.bank !== void 0) {
      if (!validateBankCode(data.bank, { instancePath: instancePath + "/bank", parentData: data, parentDataProperty: "bank", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validateBankCode.errors : vErrors.concat(validateBankCode.errors);
        errors = vErrors.length;
      }
    }
    if (data.accountType !== void 0) {
      if (!validateBankAccountType(data.accountType, { instancePath: instancePath + "/accountType", parentData: data, parentDataProperty: "accountType", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validateBankAccountType.errors : vErrors.concat(validateBankAccountType.errors);
        errors = vErrors.length;
      }
    }
    if (data.accountNumber !== void 0) {
      let data2 = data.accountNumber;
      if (typeof data2 === "string") {
        if (data2.length < 1) {
          const err3 = { instancePath: instancePath + "/accountNumber", schemaPath: "#/properties/accountNumber/minLength", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/accountNumber", schemaPath: "#/properties/accountNumber/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validateBankAccount.errors = vErrors;
  return errors === 0;
}
validateBankAccount.evaluated = { "props": { "bank": true, "accountType": true, "accountNumber": true }, "dynamicProps": false, "dynamicItems": false };

export { validateBankAccount };
