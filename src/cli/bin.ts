/** The `policy-notes` executable: hands argv and the process's streams to `main`. */
import { main } from './main';
import { nodeIo } from './io';

// A reader that stops early (`policy-notes lint --format json | head`) closes the pipe: that
// ends the run quietly, as it would for any Unix filter, instead of an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`policy-notes: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
