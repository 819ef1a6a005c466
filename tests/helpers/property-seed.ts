import fc from 'fast-check';

/**
 * Property tests draw new cases on every local run (a failure prints its seed: rerun it with
 * FLEUR_PROPERTY_SEED=<seed>), and the same cases on CI, where a red run must be reproducible and must not hinge on
 * the luck of the draw. Search harder locally with FLEUR_PROPERTY_RUNS=1000.
 */
const CI_SEED = 20261207;
const given = Number.parseInt(process.env.FLEUR_PROPERTY_SEED ?? '', 10);
if (Number.isSafeInteger(given)) fc.configureGlobal({ seed: given });
else if (process.env.CI) fc.configureGlobal({ seed: CI_SEED });
