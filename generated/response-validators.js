// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import { validateCustomer } from './validators/Customer.js';
import { validateCustomerList } from './validators/CustomerList.js';
import { validateError } from './validators/Error.js';
import { validateMerchantAccount } from './validators/MerchantAccount.js';
import { validateMerchantAccountList } from './validators/MerchantAccountList.js';
import { validatePayinLink } from './validators/PayinLink.js';
import { validatePayinLinkList } from './validators/PayinLinkList.js';
import { validatePayinRequest } from './validators/PayinRequest.js';
import { validatePayinRequestList } from './validators/PayinRequestList.js';
import { validatePayinSettlement } from './validators/PayinSettlement.js';
import { validatePayinSettlementList } from './validators/PayinSettlementList.js';
import { validatePayinSource } from './validators/PayinSource.js';
import { validatePayinSourceList } from './validators/PayinSourceList.js';
import { validatePayoutRequest } from './validators/PayoutRequest.js';
import { validatePayoutRequestList } from './validators/PayoutRequestList.js';
import { validatePayoutTarget } from './validators/PayoutTarget.js';
import { validatePayoutTargetList } from './validators/PayoutTargetList.js';

/** Response-body validators by path, method and status. */
export const responseValidators = {
  "/customers": {
    POST: {
      "200": validateCustomer,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
    GET: {
      "200": validateCustomerList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/customers/{customerId}": {
    GET: {
      "200": validateCustomer,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/payinLinks": {
    POST: {
      "200": validatePayinLink,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
    GET: {
      "200": validatePayinLinkList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/payinLinks/{payinLinkId}": {
    GET: {
      "200": validatePayinLink,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/payinSources": {
    POST: {
      "200": validatePayinSource,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
    GET: {
      "200": validatePayinSourceList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/payinSources/{payinSourceId}": {
    GET: {
      "200": validatePayinSource,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/payinRequests": {
    POST: {
      "200": validatePayinRequest,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
    GET: {
      "200": validatePayinRequestList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/payinRequests/{payinRequestId}": {
    GET: {
      "200": validatePayinRequest,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/payoutTargets": {
    POST: {
      "200": validatePayoutTarget,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
    GET: {
      "200": validatePayoutTargetList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/payoutTargets/{payoutTargetId}": {
    GET: {
      "200": validatePayoutTarget,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/payoutRequests": {
    POST: {
      "200": validatePayoutRequest,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
    GET: {
      "200": validatePayoutRequestList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/payoutRequests/{payoutRequestId}": {
    GET: {
      "200": validatePayoutRequest,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/merchantAccounts": {
    GET: {
      "200": validateMerchantAccountList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/merchantAccounts/{merchantAccountId}": {
    GET: {
      "200": validateMerchantAccount,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
  "/merchantAccounts/{merchantAccountId}/payinSettlements": {
    GET: {
      "200": validatePayinSettlementList,
      "400": validateError,
      "401": validateError,
      "500": validateError,
    },
  },
  "/merchantAccounts/{merchantAccountId}/payinSettlements/{payinSettlementId}": {
    GET: {
      "200": validatePayinSettlement,
      "400": validateError,
      "401": validateError,
      "404": validateError,
      "500": validateError,
    },
  },
};
