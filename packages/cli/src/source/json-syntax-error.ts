import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

/** Why a text is not JSON, in words the CLI translates (see `jsonSyntax` in the CLI messages). */
export const JSON_SYNTAX_REASONS = [
  'empty',
  'trailing-comma',
  'comment',
  'unexpected-character',
  'invalid-number',
  'property-name-expected',
  'value-expected',
  'colon-expected',
  'comma-expected',
  'close-brace-expected',
  'close-bracket-expected',
  'end-of-file-expected',
  'unterminated-string',
  'invalid-escape',
  'control-character',
  'unexpected-end',
] as const;
export type JsonSyntaxReason = (typeof JSON_SYNTAX_REASONS)[number];

/** The first syntax error of a text: where (an offset into the text, when known) and why. */
export interface JsonSyntaxError {
  readonly offset: number | undefined;
  readonly reason: JsonSyntaxReason;
}

const REASONS: Readonly<Record<string, JsonSyntaxReason>> = {
  InvalidSymbol: 'unexpected-character',
  InvalidNumberFormat: 'invalid-number',
  PropertyNameExpected: 'property-name-expected',
  ValueExpected: 'value-expected',
  ColonExpected: 'colon-expected',
  CommaExpected: 'comma-expected',
  CloseBraceExpected: 'close-brace-expected',
  CloseBracketExpected: 'close-bracket-expected',
  EndOfFileExpected: 'end-of-file-expected',
  InvalidCommentToken: 'comment',
  UnexpectedEndOfComment: 'comment',
  UnexpectedEndOfString: 'unterminated-string',
  UnexpectedEndOfNumber: 'invalid-number',
  InvalidUnicode: 'invalid-escape',
  InvalidEscapeCharacter: 'invalid-escape',
  InvalidCharacter: 'control-character',
};

/** Offset of the first character JSON forbids raw inside a string (U+0000 to U+001F) in `[from, to)`, or `from`. */
function firstControlCharacter(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) < 0x20) return index;
  return from;
}

const MISSING_AFTER_PREVIOUS: ReadonlySet<JsonSyntaxReason> = new Set([
  'comma-expected',
  'colon-expected',
  'close-brace-expected',
  'close-bracket-expected',
]);

/** Offset of the last character before `offset` that is not JSON white space, or -1. */
function previousSignificant(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /[ \t\r\n]/.test(text.charAt(index))) index--;
  return index;
}

/**
 * The parser's first error, made precise: a trailing comma is named as such, a missing comma is placed where it
 * belongs, a control character is pointed at.
 */
function refine(text: string, error: ParseError): JsonSyntaxError {
  const reason = REASONS[printParseErrorCode(error.error)] ?? 'unexpected-character';
  if (reason === 'property-name-expected' || reason === 'value-expected') {
    const comma = previousSignificant(text, error.offset);
    if (/[}\]]/.test(text.charAt(error.offset)) && text.charAt(comma) === ',')
      return { offset: comma, reason: 'trailing-comma' };
    if (error.offset >= text.length) return { offset: error.offset, reason: 'unexpected-end' };
  }
  // A missing separator or closing mark belongs right after the value before it, which may be lines above.
  if (MISSING_AFTER_PREVIOUS.has(reason)) return { offset: previousSignificant(text, error.offset) + 1, reason };
  if (reason === 'control-character') {
    return { offset: firstControlCharacter(text, error.offset, error.offset + error.length), reason };
  }
  return { offset: error.offset, reason };
}

/** Where the engine's own message puts the error (`… at position 10272`), when it says. */
function engineOffset(engineMessage: string, text: string): number | undefined {
  if (/unexpected end of JSON input/i.test(engineMessage)) return text.length;
  const match = /\bposition (\d+)/.exec(engineMessage);
  return match === null ? undefined : Math.min(Number(match[1]), text.length);
}

/**
 * The first syntax error of a text that `JSON.parse` rejected, with `engineMessage` as JSON.parse's message. A
 * strict JSON parser (comments and trailing commas are errors) gives the place and the reason; where it sees no
 * error but the engine does (it takes a no-break space for white space, for one), or sees it later, the engine's
 * position wins.
 */
export function findJsonSyntaxError(text: string, engineMessage = ''): JsonSyntaxError {
  if (text.trim() === '') return { offset: undefined, reason: 'empty' };
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // A pathological nesting depth can exhaust the parser's stack: the engine's position is all there is.
  }
  const first = errors[0] === undefined ? undefined : refine(text, errors[0]);
  const engine = engineOffset(engineMessage, text);
  if (engine !== undefined && (first?.offset === undefined || engine < first.offset))
    return { offset: engine, reason: engine >= text.length ? 'unexpected-end' : 'unexpected-character' };
  return first ?? { offset: undefined, reason: 'unexpected-character' };
}
