import { displayText, isolate } from './display-text.js';
import { formatPath, type Issue, type IssueCode, type IssueParams, type IssueSeverity } from './issues.js';
import { type MessageLocale, messageLocale } from './message-locale.js';

/** A message per code, from its params and its severity (a warning made an error, as by `--strict`, reads otherwise). */
type MessageTable = Record<IssueCode, (p: IssueParams, severity: IssueSeverity) => string>;

const MAX_QUOTED = 60;

/**
 * Quotes a user value for a message: shortened so a 10 MB string never reaches the page, control characters
 * removed (a terminal or a screen shows what the value is, not what it does), isolated for bidi.
 */
function quote(value: string | number | undefined, locale: MessageLocale): string {
  const text = String(value ?? '');
  const short = isolate(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
  return locale === 'fr' ? `« ${short} »` : `“${short}”`;
}

/** A list of user values given as one comma-separated param, each quoted. */
function quotedList(value: string | number | undefined, locale: MessageLocale): string {
  return String(value ?? '')
    .split(', ')
    .map((item) => quote(item, locale))
    .join(', ');
}

/** A free-form detail (a JSON parser's or a network error's message, which may quote the input). */
function detail(value: string | number | undefined): string {
  return displayText(String(value ?? ''));
}

/** `table[key]` when `key` is the table's own entry: `constructor` or `__proto__` is not a type name. */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const TYPE_NAMES: Record<MessageLocale, Record<string, string>> = {
  fr: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'un booléen',
    array: 'une liste',
    object: 'un objet',
    null: 'null',
    undefined: 'rien',
    'localized-text': 'un texte ou un objet de traductions ({ "fr": …, "en": … })',
  },
  en: {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    boolean: 'a boolean',
    array: 'a list',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    'localized-text': 'a string or an object of translations ({ "fr": …, "en": … })',
  },
};

const TARGETS: Record<MessageLocale, Record<string, string>> = {
  fr: { petal: 'pétale', factor: 'facteur', kind: 'type', audience: 'public', objective: 'objectif', item: 'élément' },
  en: { petal: 'petal', factor: 'factor', kind: 'kind', audience: 'audience', objective: 'objective', item: 'item' },
};

function typeName(locale: MessageLocale, name: string | number | undefined): string {
  const key = String(name ?? '');
  return own(TYPE_NAMES[locale], key) ?? detail(key);
}

function target(locale: MessageLocale, name: string | number | undefined): string {
  const key = String(name ?? '');
  return own(TARGETS[locale], key) ?? detail(key);
}

const fr: MessageTable = {
  'invalid-json': (p) => `Le fichier n’est pas du JSON valide : ${detail(p.detail)}.`,
  'too-large': (p) =>
    `Le document est trop volumineux (${p.unit === 'bytes' ? `plus de ${p.max} octets` : `${p.size} caractères ; maximum ${p.max}`}).`,
  'invalid-type': (p) => `Attendu ${typeName('fr', p.expected)}, reçu ${typeName('fr', p.received)}.`,
  required: (p) => `Le champ obligatoire ${quote(p.field, 'fr')} est absent.`,
  'invalid-version': (p) =>
    p.receivedType === 'string'
      ? `La version doit être le nombre ${p.expected}, sans guillemets : le fichier donne le texte ${quote(p.received, 'fr')}.`
      : `Version ${quote(p.received, 'fr')} non prise en charge : la version attendue est ${p.expected}.`,
  'invalid-id': (p) =>
    `Identifiant invalide ${quote(p.value, 'fr')} : lettres, chiffres, « - », « _ », « . » ou « : », sans espace, 120 caractères au plus.`,
  'invalid-locale': (p) => `Code de langue invalide ${quote(p.value, 'fr')} (exemples : « fr », « en », « fr-CA »).`,
  'invalid-color': (p) => `Couleur invalide ${quote(p.value, 'fr')} : utilisez la forme « #rrggbb » ou « #rgb ».`,
  'out-of-range': (p) => `La valeur ${quote(p.value, 'fr')} sort des limites (${p.min} à ${p.max}).`,
  'empty-text': () => 'Le texte est vide.',
  'text-too-long': (p) => `Le texte est trop long (${p.length} caractères ; maximum ${p.max}).`,
  'too-few': (p) => `Il faut au moins ${p.min} élément(s) ici ; il y en a ${p.count}.`,
  'too-many': (p) => `Il y a ${p.count} éléments ici ; le maximum est ${p.max}.`,
  'duplicate-id': (p) => `L’identifiant ${quote(p.id, 'fr')} est déjà utilisé par ${p.first}.`,
  'unknown-reference': (p) => `${capitalize(target('fr', p.target))} inconnu : ${quote(p.id, 'fr')}.`,
  'missing-default-locale': (p) => `Le texte n’a pas de version dans la langue par défaut ${quote(p.locale, 'fr')}.`,
  'unused-default-locale': (p) =>
    `Aucun texte du catalogue n’est écrit dans la langue par défaut ${quote(p.locale, 'fr')} ; ses textes sont en ${quotedList(p.used, 'fr')}.`,
  'missing-translation': (p) =>
    `Traduction manquante en ${quote(p.locale, 'fr')} ; la langue par défaut sera affichée.`,
  'long-title': (p) =>
    `Titre de ${p.length} caractères sans titre court (shortTitle) : la fleur le raccourcit en « ${detail(p.shown)} » ; le titre entier reste dans l’infobulle, le tableau et le nom lu par les lecteurs d’écran.`,
  'unsafe-link': (p) =>
    `Lien refusé ${quote(p.href, 'fr')} : seuls les liens absolus « https: », « http: » et « mailto: » sont acceptés.`,
  'link-credentials': (p) =>
    `Lien refusé ${quote(p.href, 'fr')} : il contient un identifiant ou un mot de passe avant « @ », qui cache le site réellement ouvert (${quote(p.host, 'fr')}).`,
  'unknown-field': (p, severity) =>
    severity === 'error'
      ? `Champ inconnu ${quote(p.field, 'fr')} : il ne fait pas partie du format du catalogue.`
      : `Champ inconnu ${quote(p.field, 'fr')}, ignoré.`,
  'duplicate-reference': (p) => `${quote(p.id, 'fr')} est cité plusieurs fois dans cette liste.`,
  'fetch-failed': (p) => `Le catalogue ${quote(p.url, 'fr')} n’a pas pu être chargé (${detail(p.detail)}).`,
  'http-error': (p) => `Le serveur a répondu ${p.status} pour ${quote(p.url, 'fr')}.`,
  'not-json': (p) =>
    `Le serveur a répondu pour ${quote(p.url, 'fr')} avec un contenu ${quote(p.type, 'fr')} et non du JSON (une page d’erreur ?).`,
  timeout: (p) => `Le chargement de ${quote(p.url, 'fr')} a dépassé ${p.ms} ms.`,
  aborted: (p) => `Le chargement de ${quote(p.url, 'fr')} a été annulé.`,
  'render-blocked': (p) =>
    `La fleur ne peut pas s’afficher : la politique Trusted Types de la page refuse la règle ${quote(p.policy, 'fr')} ; ajoutez « trusted-types ${p.policy} » à sa Content-Security-Policy.`,
  'invalid-value': (p) => `Valeur invalide${p.received === undefined ? '' : ` ${quote(p.received, 'fr')}`}.`,
};

const en: MessageTable = {
  'invalid-json': (p) => `The file is not valid JSON: ${detail(p.detail)}.`,
  'too-large': (p) =>
    `The document is too large (${p.unit === 'bytes' ? `over ${p.max} bytes` : `${p.size} characters; at most ${p.max}`}).`,
  'invalid-type': (p) => `Expected ${typeName('en', p.expected)}, received ${typeName('en', p.received)}.`,
  required: (p) => `The required field ${quote(p.field, 'en')} is missing.`,
  'invalid-version': (p) =>
    p.receivedType === 'string'
      ? `The version must be the number ${p.expected}, without quotes: the file gives the string ${quote(p.received, 'en')}.`
      : `Unsupported version ${quote(p.received, 'en')}: the expected version is ${p.expected}.`,
  'invalid-id': (p) =>
    `Invalid id ${quote(p.value, 'en')}: letters, digits, “-”, “_”, “.” or “:”, no spaces, at most 120 characters.`,
  'invalid-locale': (p) => `Invalid language code ${quote(p.value, 'en')} (for example “fr”, “en”, “fr-CA”).`,
  'invalid-color': (p) => `Invalid colour ${quote(p.value, 'en')}: use “#rrggbb” or “#rgb”.`,
  'out-of-range': (p) => `The value ${quote(p.value, 'en')} is out of range (${p.min} to ${p.max}).`,
  'empty-text': () => 'The text is empty.',
  'text-too-long': (p) => `The text is too long (${p.length} characters; at most ${p.max}).`,
  'too-few': (p) => `At least ${p.min} entr${p.min === 1 ? 'y is' : 'ies are'} needed here; found ${p.count}.`,
  'too-many': (p) => `There are ${p.count} entries here; the maximum is ${p.max}.`,
  'duplicate-id': (p) => `The id ${quote(p.id, 'en')} is already used by ${p.first}.`,
  'unknown-reference': (p) => `Unknown ${target('en', p.target)}: ${quote(p.id, 'en')}.`,
  'missing-default-locale': (p) => `The text has no version in the default language ${quote(p.locale, 'en')}.`,
  'unused-default-locale': (p) =>
    `No text of the catalogue is written in the default language ${quote(p.locale, 'en')}; its texts are in ${quotedList(p.used, 'en')}.`,
  'missing-translation': (p) => `Missing ${quote(p.locale, 'en')} translation; the default language will be shown.`,
  'long-title': (p) =>
    `A ${p.length}-character title with no shortTitle: the flower shortens it to “${detail(p.shown)}”; the whole title stays in the tooltip, the table and the name screen readers read.`,
  'unsafe-link': (p) =>
    `Link rejected ${quote(p.href, 'en')}: only absolute “https:”, “http:” and “mailto:” links are allowed.`,
  'link-credentials': (p) =>
    `Link rejected ${quote(p.href, 'en')}: it carries a user name or password before “@”, which hides the site it really opens (${quote(p.host, 'en')}).`,
  'unknown-field': (p, severity) =>
    severity === 'error'
      ? `Unknown field ${quote(p.field, 'en')}: not part of the catalogue format.`
      : `Unknown field ${quote(p.field, 'en')}, ignored.`,
  'duplicate-reference': (p) => `${quote(p.id, 'en')} is listed more than once here.`,
  'fetch-failed': (p) => `The catalogue ${quote(p.url, 'en')} could not be loaded (${detail(p.detail)}).`,
  'http-error': (p) => `The server answered ${p.status} for ${quote(p.url, 'en')}.`,
  'not-json': (p) =>
    `The server answered ${quote(p.url, 'en')} with ${quote(p.type, 'en')} content, not JSON (an error page?).`,
  timeout: (p) => `Loading ${quote(p.url, 'en')} took longer than ${p.ms} ms.`,
  aborted: (p) => `Loading ${quote(p.url, 'en')} was cancelled.`,
  'render-blocked': (p) =>
    `The flower cannot be drawn: the page’s Trusted Types policy refuses the policy ${quote(p.policy, 'en')}; add “trusted-types ${p.policy}” to its Content-Security-Policy.`,
  'invalid-value': (p) => `Invalid value${p.received === undefined ? '' : ` ${quote(p.received, 'en')}`}.`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TABLES: Record<MessageLocale, MessageTable> = { fr, en };

/** The message alone, in the given language: `Facteur inconnu : « sleeep ».` */
export function issueMessage(issue: Issue, locale?: string): string {
  const table = TABLES[messageLocale(locale)];
  // An issue may come back from JSON (a saved report, a worker): only codes of our own table are formatted.
  const format = Object.hasOwn(table, issue.code) ? table[issue.code] : table['invalid-value'];
  return format(issue.params ?? {}, issue.severity === 'error' ? 'error' : 'warning');
}

/** Path and message, as shown in lists: `items[3].factors[1] : Facteur inconnu : « sleeep ».` */
export function formatIssue(issue: Issue, locale?: string): string {
  const lang = messageLocale(locale);
  const path = formatPath(issue.path);
  const where = path === '' ? (lang === 'fr' ? 'document' : 'document') : path;
  return `${where}${lang === 'fr' ? ' : ' : ': '}${issueMessage(issue, lang)}`;
}
