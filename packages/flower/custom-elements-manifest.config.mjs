/** Custom Elements Manifest: compiled from the JSDoc of the element classes (run inside packages/flower). */
export default {
  globs: ['src/elements/**/*.ts', 'src/define.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/render-*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
