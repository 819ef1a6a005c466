import { z } from './zod.js';
import { ID_PATTERN, MAX_ID_LENGTH } from './limits.js';

/** A machine name for a petal, factor, kind, audience, objective or item. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN));
