// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
/** The SHA-256 of the spec these validators were compiled from (src/node/spec-file.ts): they fit no other. */
export const specDigest = '89ef9790bac517d56ed0a81d17f0e4c22d075c8ef32479bb1f690b60b6542432';
