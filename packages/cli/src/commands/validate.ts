import { formatIssue, type Issue, messageLocale, parseCatalogue } from '@fleur/catalogue';
import { type CommandIO, EXIT } from '../io.js';

export interface ValidateOptions {
  readonly files: readonly string[];
  readonly lang?: string | undefined;
  /** Machine-readable output: one JSON object per file. */
  readonly json?: boolean | undefined;
}

const WORDS = {
  fr: { valid: 'valide', invalid: 'invalide', unreadable: 'illisible', warning: 'avertissement', error: 'erreur' },
  en: { valid: 'valid', invalid: 'invalid', unreadable: 'unreadable', warning: 'warning', error: 'error' },
} as const;

/** `fleur validate <file…>`: every problem of every file, with its path, in French or English. */
export async function validateCommand(options: ValidateOptions, io: CommandIO): Promise<number> {
  const lang = messageLocale(options.lang);
  const words = WORDS[lang];
  let exitCode: number = EXIT.ok;
  for (const file of options.files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      io.stderr(`${file}: ${words.unreadable} (${error instanceof Error ? error.message : String(error)})\n`);
      exitCode = EXIT.invalid;
      continue;
    }
    const result = parseCatalogue(text);
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
      ? `${file}: ${words.valid} (${result.catalogue.items.length} items)`
      : `${file}: ${words.invalid} (${issues.length})`;
    io.stdout(`${summary}\n`);
    for (const issue of issues) io.stdout(`  ${words.error}  ${formatIssue(issue, lang)}\n`);
    for (const warning of result.warnings) io.stdout(`  ${words.warning}  ${formatIssue(warning, lang)}\n`);
  }
  return exitCode;
}
