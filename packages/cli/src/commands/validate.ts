import { type MessageLocale, messageLocale, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { type CommandIO, EXIT } from '../io.js';
import { issueLines, issueRecord } from '../issue-report.js';
import { longTitleWarnings } from '../long-titles.js';
import { type CliMessages, cliMessages } from '../messages.js';
import { langOption } from '../options.js';
import { readInput } from '../read-input.js';
import { locateIssues } from '../source/located-issues.js';
import { shownPath } from '../terminal.js';

/**
 * `--json`'s object for a file that cannot be read (missing, a directory, no permission): invalid, with one issue
 * shaped like the others (`code` `unreadable`, its reason in `params` and `message`, no place in the file).
 */
function unreadableRecord(file: string, reason: string, words: CliMessages) {
  const issue = {
    code: 'unreadable',
    severity: 'error',
    path: [],
    params: { reason },
    message: `${words.unreadable} (${reason})`,
    where: '',
    line: null,
    column: null,
  };
  return { file, ok: false, issues: [issue], warnings: [] };
}

export interface ValidateOptions {
  readonly files: readonly string[];
  /** `fr` (default) or `en`, or a regional variant of them; anything else is a usage error. */
  readonly lang?: string | undefined;
  /** Machine-readable output: one JSON object per file. */
  readonly json?: boolean | undefined;
  /** Warnings (unknown fields, missing translations) are errors: the file is invalid, the exit code 1. */
  readonly strict?: boolean | undefined;
}

/**
 * `fleur validate <file…>`: every problem of every file, each with its line and column in the file, its JSON path
 * with the ids of the entries on it, and a message in French or English. Exit 0 when every file is valid, 1 when
 * one is not (or cannot be read), 2 for a bad `--lang`.
 */
export async function validateCommand(options: ValidateOptions, io: CommandIO): Promise<number> {
  const words = cliMessages(messageLocale(options.lang));
  const langValue = langOption(options.lang, words);
  if (!langValue.ok) {
    io.stderr(`${langValue.message}\n`);
    return EXIT.usage;
  }
  const lang = messageLocale(langValue.value);
  let exitCode: number = EXIT.ok;
  for (const file of options.files)
    if (!(await validateFile(file, options, { io, lang, words }))) exitCode = EXIT.invalid;
  return exitCode;
}

/** One file's verdict, written to `io` (its problems, or its JSON record); `false` when invalid or unreadable. */
async function validateFile(
  file: string,
  options: ValidateOptions,
  { io, lang, words }: { io: CommandIO; lang: MessageLocale; words: CliMessages },
): Promise<boolean> {
  const input = await readInput(io, file, words);
  if ('reason' in input) {
    // With --json, a file that cannot be read is an object like the others: a CI step reading stdout sees it.
    if (options.json) io.stdout(`${JSON.stringify(unreadableRecord(file, input.reason, words))}\n`);
    else io.stderr(`${shownPath(file)}: ${words.unreadable} (${input.reason})\n`);
    return false;
  }
  const parsed = parseCatalogue(input.text);
  // What the flower will shorten is said here, where an editor checks a catalogue, not by every page that draws it.
  const result = parsed.ok
    ? { ...parsed, warnings: [...parsed.warnings, ...longTitleWarnings(parsed.catalogue)] }
    : parsed;
  const { errors, warnings } = locateIssues(input.text, result, { strict: options.strict });
  const ok = errors.length === 0;
  if (options.json) {
    const records = (list: typeof errors) => list.map((located) => issueRecord(located, lang, words));
    io.stdout(`${JSON.stringify({ file, ok, issues: records(errors), warnings: records(warnings) })}\n`);
    return ok;
  }
  const summary =
    ok && result.ok
      ? `${shownPath(file)}: ${words.valid} (${words.items(result.catalogue.items.length)})`
      : `${shownPath(file)}: ${words.invalid} (${errors.length})`;
  io.stdout(`${summary}\n`);
  for (const located of [...errors, ...warnings])
    for (const line of issueLines(file, located, lang, words)) io.stdout(`${line}\n`);
  return ok;
}
