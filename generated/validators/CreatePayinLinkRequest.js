// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validatePayinLinkBancolombiaButton } from './PayinLinkBancolombiaButton.js';
import { validatePayinLinkBancolombiaCollect } from './PayinLinkBancolombiaCollect.js';
import { validatePayinLinkCard } from './PayinLinkCard.js';
import { validatePayinLinkGeneral } from './PayinLinkGeneral.js';
import { validatePayinLinkNequiButton } from './PayinLinkNequiButton.js';
import { validatePayinLinkPSE } from './PayinLinkPSE.js';

function validateCreatePayinLinkRequest(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validateCreatePayinLinkRequest.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const tag0 = data.type;
    if (typeof tag0 == "string") {
      if (tag0 === "general") {
        if (!validatePayinLinkGeneral(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinLinkGeneral.errors : vErrors.concat(validatePayinLinkGeneral.errors);
          errors = vErrors.length;
        }
        var props0 = {};
        props0.reference = true;
        props0.description = true;
        props0.customerId = true;
        props0.redirectUrl = true;
        props0.amount = true;
        props0.type = true;
        props0.availableTypes = true;
        props0.expiration = true;
        props0.targetMerchantAccountId = true;
      } else if (tag0 === "pse") {
        if (!validatePayinLinkPSE(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinLinkPSE.errors : vErrors.concat(validatePayinLinkPSE.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
      } else if (tag0 === "bancolombiaButton") {
        if (!validatePayinLinkBancolombiaButton(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinLinkBancolombiaButton.errors : vErrors.concat(validatePayinLinkBancolombiaButton.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
      } else if (tag0 === "nequiButton") {
        if (!validatePayinLinkNequiButton(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinLinkNequiButton.errors : vErrors.concat(validatePayinLinkNequiButton.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
      } else if (tag0 === "card") {
        if (!validatePayinLinkCard(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinLinkCard.errors : vErrors.concat(validatePayinLinkCard.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
        }
      } else if (tag0 === "bancolombiaCollect") {
        if (!validatePayinLinkBancolombiaCollect(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validatePayinLinkBancolombiaCollect.errors : vErrors.concat(validatePayinLinkBancolombiaCollect.errors);
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
  validateCreatePayinLinkRequest.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validateCreatePayinLinkRequest.evaluated = { "dynamicProps": true, "dynamicItems": false };

export { validateCreatePayinLinkRequest };
