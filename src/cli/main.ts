/**
 * `policy-notes` CLI: `main(argv, io)` → exit code. The bin file only wires the process in;
 * everything testable is here and in the subcommands.
 */
import { commands } from './commands';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command } from './command';
import type { CliIo } from './io';
import { version } from './version';
import { t } from '../core/l10n';
import { localeFromEnv, useLocale } from '../core/l10n/load';

export { version };

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    t('policy-notes {0}: check policy notes (Markdown with YAML front matter) in CI.', version()),
    '',
    `${t('Usage:')} policy-notes <command> [options] [paths...]`,
    '',
    t('Commands:'),
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    t('Options:'),
    `  -h, --help       ${t('show help (also: policy-notes <command> --help or policy-notes help <command>)')}`,
    `  -v, --version    ${t('print the version')}`,
    `  --locale ko|en   ${t('language of messages and help (default: LC_ALL, LC_MESSAGES or LANG, else English)')}`,
    '',
    t('Exit codes: 0 no errors, 1 errors found (or warnings over --max-warnings), 2 usage error (a path that gives no file, an invalid configuration) or internal failure.'),
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [`${t('Usage:')} ${c.usage}`, '', c.summary, '', t('Options:'), ...c.options.map((o) => `  ${o}`), ''].join('\n');
}

function unknownCommand(name: string, io: CliIo): number {
  io.stderr(`${t("policy-notes: unknown command '{0}'. Run 'policy-notes --help' for the list.", name)}\n`);
  return EXIT_FAILURE;
}

/**
 * `--locale ko|en` (or `--locale=ko`) anywhere on the command line, taken out before the
 * command parses its own options: it applies to every command and to the help.
 */
function takeLocale(argv: string[]): { args: string[]; locale: string | undefined } {
  const args: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--locale' && i + 1 < argv.length) locale = argv[++i];
    else if (a.startsWith('--locale=')) locale = a.slice('--locale='.length);
    else args.push(a);
  }
  return { args, locale };
}

/** Runs the CLI. Never throws: failures become exit code 2 with a message on stderr. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const { args, locale } = takeLocale(argv);
  useLocale(localeFromEnv(locale, io.env));
  const [first, ...rest] = args;
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
      io.stderr(`policy-notes ${command.name}: ${(e as Error).message}\n${t('Usage:')} ${command.usage}\n`);
    } else {
      io.stderr(`policy-notes ${command.name}: ${t('internal error: {0}', e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    }
    return EXIT_FAILURE;
  }
}
