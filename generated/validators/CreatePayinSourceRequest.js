// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validatePayinSourceBancolombiaToken } from './PayinSourceBancolombiaToken.js';
import { validatePayinSourceBankAccount } from './PayinSourceBankAccount.js';
import { validatePayinSourceNequiToken } from './PayinSourceNequiToken.js';

function validateCreatePayinSourceRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateCreatePayinSourceRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const tag0 = data.type;
    if (typeof tag0 == "string") {
      if (tag0 === "bankAccount") {
        if (!validatePayinSourceBankAccount(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinSourceBankAccount.errors : vErrors.concat(validatePayinSourceBankAccount.errors);
          errors = vErrors.length;
        }
        var props0 = {};
        props0.reference = true;
        props0.description = true;
        props0.customerId = true;
        props0.redirectUrl = true;
        props0.type = true;
        props0.bankAccount = true;
        props0.partialPayinsEnabled = true;
      } else if (tag0 === "bancolombiaToken") {
        if (!validatePayinSourceBancolombiaToken(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinSourceBancolombiaToken.errors : vErrors.concat(validatePayinSourceBancolombiaToken.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
      } else if (tag0 === "nequiToken") {
        if (!validatePayinSourceNequiToken(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinSourceNequiToken.errors : vErrors.concat(validatePayinSourceNequiToken.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
      } else {
        const err0 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validateCreatePayinSourceRequest.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validateCreatePayinSourceRequest.evaluated = { "dynamicProps": true, "dynamicItems": false };

export { validateCreatePayinSourceRequest };
