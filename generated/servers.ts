// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
/** Base URLs of the API, by environment, from the spec's `servers`. */
export const servers = {
  "production": "https://prod.api.palomma.com/v0",
  "sandbox": "https://sandbox.api.palomma.com/v0",
} as const;

export type Environment = keyof typeof servers;
