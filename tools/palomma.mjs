// `palomma …` from the source, for the repository's npm scripts (the installed bin runs the build instead).
import { main } from '../src/node/cli/main.js';

await main(process.argv.slice(2));
