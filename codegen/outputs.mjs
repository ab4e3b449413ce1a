// Where the generator and the docs build write by default (a module of its own, so reading it loads no generator).
import { join } from 'node:path';
import { rootDir } from './spec-file.mjs';

export const defaultOutputs = {
  generated: join(rootDir, 'generated'),
  typeTests: join(rootDir, 'test/types/methods.generated.test-d.ts'),
  docs: join(rootDir, 'dist/docs/index.html'),
  sandboxDocs: join(rootDir, 'dist/docs/sandbox.html'),
};
