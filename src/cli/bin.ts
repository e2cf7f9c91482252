/** The `policy-notes` executable: hands argv and the process's streams to `main`. */
import { main } from './main';
import { nodeIo } from './io';

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`policy-notes: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
