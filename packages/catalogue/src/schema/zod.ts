import * as z from 'zod/mini';

// Strict Content-Security-Policy pages (no 'unsafe-eval') report zod's `new Function` probe as a violation even
// though zod catches it, so the object fast path (JIT) is turned off before any schema is built. Every schema
// module imports `z` from here to guarantee that order. The cost is measured by `npm run bench`.
z.config({ jitless: true });

export { z };
