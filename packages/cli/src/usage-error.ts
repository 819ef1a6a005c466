import type { CommanderError } from 'commander';
import type { CliMessages } from './messages.js';

/** The first `'quoted'` token of a commander message: the option, command or argument it is about. */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

/** `--out <file>` → `--out`. */
function flagOf(flags: string): string {
  return flags.split(/[ ,|]/).find((part) => part.startsWith('--')) ?? flags;
}

/** Commander's « (Did you mean --json?) », if it made one. */
function suggestionOf(message: string): string | undefined {
  return /Did you mean (.+?)\?/.exec(message)?.[1];
}

/**
 * What was wrong with the command line, in the reader's language: commander's errors are English sentences with
 * a stable code; each is reworded from its code and the token it quotes (commander's own text is the fall-back).
 */
export function usageErrorDetail(error: CommanderError, messages: CliMessages, commands: readonly string[]): string {
  const message = error.message.replace(/^error: /, '');
  switch (error.code) {
    case 'commander.unknownOption':
      return messages.unknownOption(quoted(message), suggestionOf(message));
    case 'commander.unknownCommand':
      return messages.unknownCommand(quoted(message), suggestionOf(message), commands);
    case 'commander.missingArgument':
      return messages.missingArgument(quoted(message));
    case 'commander.optionMissingArgument':
      return messages.missingValue(flagOf(quoted(message)));
    case 'commander.missingMandatoryOptionValue':
      return messages.missingOption(flagOf(quoted(message)));
    case 'commander.excessArguments': {
      const [, expected = '0', received = '0'] = /Expected (\d+) arguments? but got (\d+)/.exec(message) ?? [];
      return messages.tooManyArguments(`fleur ${quoted(message)}`.trim(), Number(expected), Number(received));
    }
    default:
      return message.replace(/\.$/, '');
  }
}
