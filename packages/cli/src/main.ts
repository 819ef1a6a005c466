import { CommanderError } from 'commander';
import { type CommandIO, EXIT, processIO } from './io.js';
import { type CliMessages, cliMessages } from './messages.js';
import { argvLocale } from './options.js';
import { COMMAND_NAMES, createProgram } from './program.js';
import { terminalSafe } from './terminal.js';
import { usageErrorDetail } from './usage-error.js';

/** The first sentence of an error, one line, no stack. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/\. .*$/, '').replace(/\.$/, '');
}

/** Every byte a command writes goes through {@link terminalSafe}: catalogue text cannot drive the terminal. */
function safeIO(io: CommandIO): CommandIO {
  return {
    ...io,
    stdout: (text) => io.stdout(terminalSafe(text)),
    stderr: (text) => io.stderr(terminalSafe(text)),
  };
}

/** The exit code for commander's way of stopping: help and version are success; anything else is a usage error. */
function commanderExit(error: CommanderError, io: CommandIO, messages: CliMessages, help: () => string): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  // `fleur` alone or `fleur help <unknown>`: commander has already printed the help on stderr.
  if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  io.stderr(`${messages.badCommandLine(usageErrorDetail(error, messages, COMMAND_NAMES))}\n`);
  if (error.code === 'commander.unknownCommand') io.stderr(`\n${help()}`);
  return EXIT.usage;
}

/**
 * Runs one command line; returns the exit code instead of exiting, so tests can call it. Never throws: a wrong
 * command line exits 2, anything else that fails exits 1, each with one line on stderr and no stack trace.
 */
export async function main(argv: readonly string[], rawIO: CommandIO = processIO): Promise<number> {
  const io = safeIO(rawIO);
  const messages = cliMessages(argvLocale(argv));
  let exitCode: number = EXIT.ok;
  const program = createProgram({
    io,
    messages,
    setExitCode: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io, messages, () => program.helpInformation());
    io.stderr(`${messages.unexpected(firstLine(error))}\n`);
    return EXIT.invalid;
  }
}
