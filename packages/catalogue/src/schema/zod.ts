import * as z from 'zod/mini';

// Strict Content-Security-Policy pages (no 'unsafe-eval') report zod's `new Function` probe as a violation even
// though zod catches it, so the object fast path (JIT) is turned off before any schema is built. Every schema
// module imports `z` from here to guarantee that order. The cost is measured by `npm run bench`.
z.config({ jitless: true });

// Object fields that would share one schema instance (`id: IdSchema`, `label: LocalizedTextSchema`) take a
// `.clone()`: the editor descriptions (descriptions.ts, used by the JSON Schema only) are keyed by instance, so each
// field needs its own; a clone validates exactly as its original.

export { z };
