import type { MessageLocale } from 'fleur-pleine-sante-catalogue';
import type { JsonSyntaxReason } from './source/json-syntax-error.js';
import { shownPath } from './terminal.js';

/** Every sentence the CLI writes itself, in French and English (catalogue issues come from `formatIssue`). */
export interface CliMessages {
  readonly valid: string;
  readonly invalid: string;
  readonly unreadable: string;
  readonly warning: string;
  readonly error: string;
  /** Where an issue about the whole file is, in place of a JSON path. */
  readonly document: string;
  /** Why a file is not JSON, completing « The file is not valid JSON: … ». */
  readonly jsonSyntax: Readonly<Record<JsonSyntaxReason, string>>;
  readonly items: (count: number) => string;
  readonly wrote: (path: string) => string;
  readonly notFound: string;
  readonly isDirectory: string;
  readonly permissionDenied: string;
  readonly diskFull: string;
  /** Why `--out` naming a device, a FIFO or a socket is refused. */
  readonly notRegularFile: string;
  /** Why a PNG is not written to standard output when it is a terminal. */
  readonly binaryToTerminal: string;
  /** A `--fleur-*` declaration of the `--css` file that was not kept, and what it should have been. */
  readonly cssValueDropped: (property: string, kind: 'color' | 'font-family') => string;
  /** `--css` given with `--format html`. */
  readonly cssNotForHtml: string;
  readonly cannotRead: (path: string, reason: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly outExtension: (out: string) => string;
  /** `--page` and `--width`/`--height` both given. */
  readonly pageWithSize: string;
  readonly badInteger: (flag: string, value: string, min: number, max: number) => string;
  readonly badNumber: (flag: string, value: string, min: number, max: number) => string;
  readonly tooManyPixels: (pixels: number, max: number) => string;
  readonly badLang: (value: string) => string;
  readonly badChoice: (flag: string, value: string, choices: readonly string[]) => string;
  readonly renderFailed: (reason: string) => string;
  readonly badCommandLine: (detail: string) => string;
  readonly unknownOption: (flag: string, suggestion: string | undefined) => string;
  readonly unknownCommand: (name: string, suggestion: string | undefined, commands: readonly string[]) => string;
  readonly missingArgument: (name: string) => string;
  readonly missingValue: (flag: string) => string;
  readonly missingOption: (flag: string) => string;
  readonly tooManyArguments: (command: string, expected: number, received: number) => string;
  readonly unexpected: (detail: string) => string;
}

/** `a, b or c`. */
function orList(values: readonly string[], word: string): string {
  return values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} ${word} ${values.at(-1)}`;
}

const fr: CliMessages = {
  valid: 'valide',
  invalid: 'invalide',
  unreadable: 'illisible',
  warning: 'avertissement',
  error: 'erreur',
  document: 'document',
  jsonSyntax: {
    empty: 'le fichier est vide',
    'trailing-comma': 'une virgule avant « } » ou « ] » n’est pas permise en JSON',
    comment: 'les commentaires ne sont pas permis en JSON',
    'unexpected-character': 'caractère inattendu',
    'invalid-number': 'nombre mal écrit',
    'property-name-expected': 'un nom de champ entre guillemets droits (") est attendu',
    'value-expected': 'une valeur est attendue',
    'colon-expected': '« : » est attendu après le nom du champ',
    'comma-expected': '« , » est attendu entre deux valeurs',
    'close-brace-expected': '« } » est attendu pour fermer l’objet',
    'close-bracket-expected': '« ] » est attendu pour fermer la liste',
    'end-of-file-expected': 'le document devrait finir ici',
    'unterminated-string': 'ce texte n’est jamais fermé (un « " » manque)',
    'invalid-escape': 'séquence d’échappement invalide après « \\ »',
    'control-character': 'caractère de contrôle (tabulation, retour à la ligne) dans un texte : écrivez \\t ou \\n',
    'unexpected-end': 'le fichier s’arrête trop tôt (un « } » ou un « ] » manque ?)',
  },
  items: (count) => `${count} éléments`,
  wrote: (path) => `Écrit : ${shownPath(path)}`,
  notFound: 'fichier introuvable',
  isDirectory: 'c’est un dossier, pas un fichier',
  permissionDenied: 'accès refusé',
  diskFull: 'plus de place sur le disque',
  notRegularFile:
    'ce n’est pas un fichier ordinaire (un périphérique, un tube nommé ou une socket) : écrivez dans un fichier, ou sur la sortie standard avec --out -',
  binaryToTerminal:
    'Un PNG ou un PDF est binaire : redirigez la sortie standard vers un fichier (--out - --format png > fleur.png).',
  cssValueDropped: (property, kind) =>
    `--css : ${shownPath(property)} ignorée, ce n’est pas ${kind === 'color' ? 'une couleur' : 'une liste de polices'}.`,
  cssNotForHtml:
    '--css restyle une image (svg, png) ; une page HTML donne ses styles à l’élément elle-même (propriétés --fleur-*).',
  cannotRead: (path, reason) => `Impossible de lire ${shownPath(path)} : ${reason}.`,
  cannotWrite: (path, reason) => `Impossible d’écrire ${shownPath(path)} : ${reason} ; aucun fichier n’a été laissé.`,
  outExtension: (out) =>
    `--out doit finir par .svg, .png, .pdf ou .html, ou --format le dire, ou être - (la sortie standard) ; reçu : ${shownPath(out)}.`,
  pageWithSize: '--page donne déjà la taille de la page : ne l’employez pas avec --width ou --height.',
  badInteger: (flag, value, min, max) => `${flag} attend un nombre entier de ${min} à ${max} (reçu : ${value}).`,
  badNumber: (flag, value, min, max) => `${flag} attend un nombre de ${min} à ${max} (reçu : ${value}).`,
  tooManyPixels: (pixels, max) =>
    `L’image ferait ${pixels} pixels ; le maximum est ${max}. Réduisez --scale, --width ou --height.`,
  badLang: (value) => `--lang accepte fr ou en (ou une variante régionale comme fr-CA, en-GB) ; reçu : ${value}.`,
  badChoice: (flag, value, choices) => `${flag} accepte ${orList(choices, 'ou')} (reçu : ${value}).`,
  renderFailed: (reason) => `Le rendu a échoué : ${reason}.`,
  badCommandLine: (detail) => `Ligne de commande invalide : ${detail}. Voir fleur --help.`,
  unknownOption: (flag, suggestion) =>
    `option inconnue '${flag}'${suggestion === undefined ? '' : ` (vouliez-vous dire ${suggestion} ?)`}`,
  unknownCommand: (name, suggestion, commands) =>
    `commande inconnue '${name}'${suggestion === undefined ? '' : ` (vouliez-vous dire ${suggestion} ?)`} ; les commandes sont ${orList(commands, 'et')}`,
  missingArgument: (name) => `il manque l’argument <${name}>`,
  missingValue: (flag) => `${flag} attend une valeur`,
  missingOption: (flag) => `${flag} est obligatoire`,
  tooManyArguments: (command, expected, received) =>
    `trop d’arguments pour ${command} (${expected} attendu${expected > 1 ? 's' : ''}, ${received} reçu${received > 1 ? 's' : ''})`,
  unexpected: (detail) => `Erreur inattendue : ${detail}.`,
};

const en: CliMessages = {
  valid: 'valid',
  invalid: 'invalid',
  unreadable: 'unreadable',
  warning: 'warning',
  error: 'error',
  document: 'document',
  jsonSyntax: {
    empty: 'the file is empty',
    'trailing-comma': 'a comma before “}” or “]” is not allowed in JSON',
    comment: 'comments are not allowed in JSON',
    'unexpected-character': 'unexpected character',
    'invalid-number': 'badly written number',
    'property-name-expected': 'a field name in straight double quotes (") is expected',
    'value-expected': 'a value is expected',
    'colon-expected': '“:” is expected after the field name',
    'comma-expected': '“,” is expected between two values',
    'close-brace-expected': '“}” is expected to close the object',
    'close-bracket-expected': '“]” is expected to close the list',
    'end-of-file-expected': 'the document should end here',
    'unterminated-string': 'this string is never closed (a “"” is missing)',
    'invalid-escape': 'invalid escape sequence after “\\”',
    'control-character': 'control character (a tab, a line break) inside a string: write \\t or \\n',
    'unexpected-end': 'the file ends too early (a missing “}” or “]”?)',
  },
  items: (count) => `${count} items`,
  wrote: (path) => `Wrote ${shownPath(path)}`,
  notFound: 'no such file',
  isDirectory: 'it is a directory, not a file',
  permissionDenied: 'permission denied',
  diskFull: 'no space left on the disk',
  notRegularFile:
    'it is not a regular file (a device, a named pipe or a socket): write to a file, or to standard output with --out -',
  binaryToTerminal: 'A PNG or a PDF is binary: redirect standard output to a file (--out - --format png > flower.png).',
  cssValueDropped: (property, kind) =>
    `--css: ${shownPath(property)} ignored, it is not ${kind === 'color' ? 'a colour' : 'a list of font names'}.`,
  cssNotForHtml: '--css restyles a picture (svg, png); an HTML page styles the element itself (--fleur-* properties).',
  cannotRead: (path, reason) => `Cannot read ${shownPath(path)}: ${reason}.`,
  cannotWrite: (path, reason) => `Cannot write ${shownPath(path)}: ${reason}; no file was left behind.`,
  outExtension: (out) =>
    `--out must end with .svg, .png, .pdf or .html, or --format say which, or be - (standard output); got ${shownPath(out)}.`,
  pageWithSize: '--page already sets the page size: do not use it with --width or --height.',
  badInteger: (flag, value, min, max) => `${flag} takes a whole number from ${min} to ${max} (got ${value}).`,
  badNumber: (flag, value, min, max) => `${flag} takes a number from ${min} to ${max} (got ${value}).`,
  tooManyPixels: (pixels, max) =>
    `The image would have ${pixels} pixels; at most ${max}. Lower --scale, --width or --height.`,
  badLang: (value) => `--lang takes fr or en (or a regional variant such as fr-CA, en-GB); got ${value}.`,
  badChoice: (flag, value, choices) => `${flag} takes ${orList(choices, 'or')} (got ${value}).`,
  renderFailed: (reason) => `Rendering failed: ${reason}.`,
  badCommandLine: (detail) => `Invalid command line: ${detail}. See fleur --help.`,
  unknownOption: (flag, suggestion) =>
    `Unknown option '${flag}'${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
  unknownCommand: (name, suggestion, commands) =>
    `Unknown command '${name}'${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}; the commands are ${orList(commands, 'and')}`,
  missingArgument: (name) => `Missing argument <${name}>`,
  missingValue: (flag) => `${flag} needs a value`,
  missingOption: (flag) => `${flag} is required`,
  tooManyArguments: (command, expected, received) =>
    `Too many arguments for ${command} (expected ${expected}, got ${received})`,
  unexpected: (detail) => `Unexpected error: ${detail}.`,
};

const TABLES: Readonly<Record<MessageLocale, CliMessages>> = { fr, en };

export function cliMessages(locale: MessageLocale): CliMessages {
  return TABLES[locale];
}

/** An error's reason in words a reader understands, from its Node code (`ENOENT`, `EISDIR`, …). */
export function fileErrorReason(error: unknown, messages: CliMessages): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return messages.notFound;
  if (code === 'EISDIR') return messages.isDirectory;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return messages.permissionDenied;
  if (code === 'ENOSPC' || code === 'EDQUOT') return messages.diskFull;
  if (code === 'ENOTREG') return messages.notRegularFile;
  // Node's own message names the code and the path; keep its first line only, never a stack.
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
