import type { CommandIO } from './io.js';
import { withoutBom } from './io.js';
import { type CliMessages, fileErrorReason } from './messages.js';

/**
 * A catalogue file's text (a UTF-8 BOM dropped), or the one-line reason it cannot be read, naming the path:
 * missing, a directory, no permission.
 */
export async function readInput(
  io: CommandIO,
  path: string,
  messages: CliMessages,
): Promise<{ text: string } | { reason: string }> {
  try {
    return { text: withoutBom(await io.readText(path)) };
  } catch (error) {
    return { reason: fileErrorReason(error, messages) };
  }
}
