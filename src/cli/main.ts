/**
 * `policy-notes` CLI: `main(argv, io)` → exit code. The bin file only wires the process in;
 * everything testable is here and in the subcommands.
 */
import { commands } from './commands';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command } from './command';
import type { CliIo } from './io';
import { version } from './version';

export { version };

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    `policy-notes ${version()}: check policy notes (Markdown with YAML front matter) in CI.`,
    '',
    'Usage: policy-notes <command> [options] [paths...]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help       show help (also: policy-notes <command> --help or policy-notes help <command>)',
    '  -v, --version    print the version',
    '',
    'Exit codes: 0 no errors, 1 errors found (or warnings over --max-warnings), 2 usage error (a path that gives no file, an invalid configuration) or internal failure.',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [`Usage: ${c.usage}`, '', c.summary, '', 'Options:', ...c.options.map((o) => `  ${o}`), ''].join('\n');
}

function unknownCommand(name: string, io: CliIo): number {
  io.stderr(`policy-notes: unknown command '${name}'. Run 'policy-notes --help' for the list.\n`);
  return EXIT_FAILURE;
}

/** Runs the CLI. Never throws: failures become exit code 2 with a message on stderr. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(help());
    return EXIT_FAILURE;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    const name = first === 'help' ? rest[0] : undefined; // `policy-notes help lint`
    const about = name === undefined ? undefined : commands.find((c) => c.name === name);
    if (name !== undefined && !about) return unknownCommand(name, io);
    io.stdout(about ? commandHelp(about) : help());
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) return unknownCommand(first, io);
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`policy-notes ${command.name}: ${(e as Error).message}\nUsage: ${command.usage}\n`);
    } else {
      io.stderr(`policy-notes ${command.name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    return EXIT_FAILURE;
  }
}
