// Renders the spec's servers as a map from environment name (`x-environment`) to base URL.
export function renderServers(spec) {
  const entries = (spec.servers ?? []).map((server) => {
    if (!server['x-environment']) throw new Error(`openapi.yaml: server ${server.url} has no x-environment`);
    return [server['x-environment'], server.url];
  });
  const body = entries.map(([name, url]) => `  ${JSON.stringify(name)}: ${JSON.stringify(url)},`).join('\n');
  return [
    '/** Base URLs of the API, by environment, from the spec\'s `servers`. */',
    `export const servers = {\n${body}\n} as const;`,
    '',
    'export type Environment = keyof typeof servers;',
    '',
  ].join('\n');
}
