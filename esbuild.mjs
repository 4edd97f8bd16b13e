// One build script for every bundle (rust-analyzer habit: one esbuild script, with --watch).
// dist/cli.js now; dist/server.js and dist/extension.js join when their entry points exist.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { chmod } from 'node:fs/promises';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {Array<{entry: string, outfile: string, external?: string[], banner?: string}>} */
const bundles = [
  { entry: 'server/src/cli/main.ts', outfile: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { entry: 'server/src/server.ts', outfile: 'dist/server.js' },
  { entry: 'client/src/extension.ts', outfile: 'dist/extension.js', external: ['vscode'] },
].filter((bundle) => existsSync(bundle.entry));

const contexts = await Promise.all(
  bundles.map((bundle) =>
    esbuild.context({
      entryPoints: [bundle.entry],
      outfile: bundle.outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: !production,
      minify: production,
      external: bundle.external ?? [],
      // jsonc-parser's UMD entry uses dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
      mainFields: ['module', 'main'],
      banner: bundle.banner ? { js: bundle.banner } : undefined,
      logLevel: 'warning',
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`[esbuild] watching ${bundles.map((b) => b.outfile).join(', ')}`);
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (existsSync('dist/cli.js')) await chmod('dist/cli.js', 0o755);
}
