// Saves of a spec for npm start's parts: edits 1…n of openapi.yaml (each with its own summary and example id, from
// the harness's editedSpec), written into `folder` as gen-<n>.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editedSpec } from '../../tools/dev-server/harness.mjs';

export function writeEdits(folder: string, count: number) {
  const original = readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8');
  return Array.from({ length: count }, (_, i) => {
    const edit = editedSpec(original, i + 1);
    const file = join(folder, `gen-${i + 1}.yaml`);
    writeFileSync(file, edit.text);
    return { ...edit, file };
  });
}
