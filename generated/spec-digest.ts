// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
/** The SHA-256 of the spec these validators were compiled from (src/node/spec-file.ts): they fit no other. */
export const specDigest = 'e14f1456e641249193b3b0ca3316b94221bc131104064d3d35c9cde9ffba9522';
