// A types generator that loads the generator once (the TypeScript loader, openapi-typescript, the TypeScript
// compiler: most of a second of CPU, more than a run of it) and then generates as it is told, one save after
// another: `{ id, spec, out }` writes what `npm run generate -- --spec <spec> --out <out>` writes, and answers
// `{ id, ok, output }`. Its own process, so a run never stalls npm start's fronts, and it can be niced.
import { generate } from '../../codegen/pipeline.mjs';

// The parent talks over IPC; when it goes, so does this process, however it went.
process.on('disconnect', () => process.exit(0));
process.on('message', async ({ id, spec, out }) => {
  const started = performance.now();
  try {
    const files = await generate({ spec, out });
    process.send({ id, ok: true, output: `generated ${files.length} files in ${out} (${Math.round(performance.now() - started)} ms)` });
  } catch (error) {
    // One line, the reason: npm start prints the last line of the output.
    process.send({ id, ok: false, output: String(error?.message ?? error).trim().split('\n')[0] });
  }
});
process.send({ ready: true });
