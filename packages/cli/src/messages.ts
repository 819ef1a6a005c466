import type { MessageLocale } from '@fleur/catalogue';

/** Every sentence the CLI writes itself, in French and English (catalogue issues come from `formatIssue`). */
export interface CliMessages {
  readonly valid: string;
  readonly invalid: string;
  readonly unreadable: string;
  readonly warning: string;
  readonly error: string;
  readonly items: (count: number) => string;
  readonly wrote: (path: string) => string;
  readonly notFound: string;
  readonly isDirectory: string;
  readonly permissionDenied: string;
  readonly diskFull: string;
  readonly cannotRead: (path: string, reason: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly outExtension: (out: string) => string;
  readonly badInteger: (flag: string, value: string, min: number, max: number) => string;
  readonly badNumber: (flag: string, value: string, min: number, max: number) => string;
  readonly tooManyPixels: (pixels: number, max: number) => string;
  readonly badLang: (value: string) => string;
  readonly renderFailed: (reason: string) => string;
  readonly seeHelp: string;
  readonly badCommandLine: (detail: string) => string;
  readonly unexpected: (detail: string) => string;
}

const fr: CliMessages = {
  valid: 'valide',
  invalid: 'invalide',
  unreadable: 'illisible',
  warning: 'avertissement',
  error: 'erreur',
  items: (count) => `${count} éléments`,
  wrote: (path) => `Écrit : ${path}`,
  notFound: 'fichier introuvable',
  isDirectory: 'c’est un dossier, pas un fichier',
  permissionDenied: 'accès refusé',
  diskFull: 'plus de place sur le disque',
  cannotRead: (path, reason) => `Impossible de lire ${path} : ${reason}.`,
  cannotWrite: (path, reason) => `Impossible d’écrire ${path} : ${reason} ; aucun fichier n’a été laissé.`,
  outExtension: (out) => `--out doit finir par .svg ou .png (reçu : ${out}).`,
  badInteger: (flag, value, min, max) => `${flag} attend un nombre entier de ${min} à ${max} (reçu : ${value}).`,
  badNumber: (flag, value, min, max) => `${flag} attend un nombre de ${min} à ${max} (reçu : ${value}).`,
  tooManyPixels: (pixels, max) =>
    `L’image ferait ${pixels} pixels ; le maximum est ${max}. Réduisez --scale, --width ou --height.`,
  badLang: (value) => `--lang attend un code de langue comme fr, en ou fr-CA (reçu : ${value}).`,
  renderFailed: (reason) => `Le rendu a échoué : ${reason}.`,
  seeHelp: 'Voir fleur --help.',
  badCommandLine: (detail) => `Ligne de commande invalide : ${detail}. Voir fleur --help.`,
  unexpected: (detail) => `Erreur inattendue : ${detail}.`,
};

const en: CliMessages = {
  valid: 'valid',
  invalid: 'invalid',
  unreadable: 'unreadable',
  warning: 'warning',
  error: 'error',
  items: (count) => `${count} items`,
  wrote: (path) => `Wrote ${path}`,
  notFound: 'no such file',
  isDirectory: 'it is a directory, not a file',
  permissionDenied: 'permission denied',
  diskFull: 'no space left on the disk',
  cannotRead: (path, reason) => `Cannot read ${path}: ${reason}.`,
  cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}; no file was left behind.`,
  outExtension: (out) => `--out must end with .svg or .png (got ${out}).`,
  badInteger: (flag, value, min, max) => `${flag} takes a whole number from ${min} to ${max} (got ${value}).`,
  badNumber: (flag, value, min, max) => `${flag} takes a number from ${min} to ${max} (got ${value}).`,
  tooManyPixels: (pixels, max) =>
    `The image would have ${pixels} pixels; at most ${max}. Lower --scale, --width or --height.`,
  badLang: (value) => `--lang takes a language code such as fr, en or fr-CA (got ${value}).`,
  renderFailed: (reason) => `Rendering failed: ${reason}.`,
  seeHelp: 'See fleur --help.',
  badCommandLine: (detail) => `Invalid command line: ${detail}. See fleur --help.`,
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
  // Node's own message names the code and the path; keep its first line only, never a stack.
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
