import { formatIssue, type Issue, messageLocale, parseCatalogue } from '@fleur/catalogue';
import { type CommandIO, EXIT } from '../io.js';
import { cliMessages } from '../messages.js';
import { readInput } from '../read-input.js';

export interface ValidateOptions {
  readonly files: readonly string[];
  readonly lang?: string | undefined;
  /** Machine-readable output: one JSON object per file. */
  readonly json?: boolean | undefined;
}

/** `fleur validate <file…>`: every problem of every file, with its path, in French or English. */
export async function validateCommand(options: ValidateOptions, io: CommandIO): Promise<number> {
  const lang = messageLocale(options.lang);
  const words = cliMessages(lang);
  let exitCode: number = EXIT.ok;
  for (const file of options.files) {
    const input = await readInput(io, file, words);
    if ('reason' in input) {
      io.stderr(`${file}: ${words.unreadable} (${input.reason})\n`);
      exitCode = EXIT.invalid;
      continue;
    }
    const result = parseCatalogue(input.text);
    const issues: readonly Issue[] = result.ok ? [] : result.issues;
    if (!result.ok) exitCode = EXIT.invalid;
    if (options.json) {
      const describe = (issue: Issue) => ({ ...issue, message: formatIssue(issue, lang) });
      io.stdout(
        `${JSON.stringify({ file, ok: result.ok, issues: issues.map(describe), warnings: result.warnings.map(describe) })}\n`,
      );
      continue;
    }
    const summary = result.ok
      ? `${file}: ${words.valid} (${words.items(result.catalogue.items.length)})`
      : `${file}: ${words.invalid} (${issues.length})`;
    io.stdout(`${summary}\n`);
    for (const issue of issues) io.stdout(`  ${words.error}  ${formatIssue(issue, lang)}\n`);
    for (const warning of result.warnings) io.stdout(`  ${words.warning}  ${formatIssue(warning, lang)}\n`);
  }
  return exitCode;
}
