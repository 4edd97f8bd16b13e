// One build script for every bundle (rust-analyzer habit: one esbuild script, with --watch).
// dist/cli.js now; dist/server.js and dist/extension.js join when their entry points exist.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {Array<{entry: string, outfile: string, external?: string[], banner?: string}>} */
const bundles = [
  { entry: 'server/src/cli/main.ts', outfile: 'dist/cli-main.js' },
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

/**
 * `dist/cli.js` (the `bin`) is a small launcher that runs `dist/cli-main.js` through V8's code cache.
 * The pre-commit hook pays node start-up plus the compilation of this ~700 KB bundle on every commit;
 * the cache (written next to the bundle on first run, keyed by the bundle's size and mtime so a
 * rebuild never meets a stale cache) removes most of the compilation. Without a writable folder it
 * simply compiles as usual.
 */
const CLI_LAUNCHER = `#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');
const file = path.join(__dirname, 'cli-main.js');
const stat = fs.statSync(file);
const cacheFile = path.join(__dirname, '.cache', \`cli-main-\${stat.size}-\${Math.trunc(stat.mtimeMs)}.v8\`);
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch { cachedData = undefined; }
const script = new vm.Script(wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
script.runInThisContext().call(module.exports, module.exports, require, module, file, __dirname);
if (cachedData === undefined || script.cachedDataRejected) {
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    for (const old of fs.readdirSync(path.dirname(cacheFile))) if (old.startsWith('cli-main-')) fs.rmSync(path.join(path.dirname(cacheFile), old), { force: true });
    fs.writeFileSync(cacheFile, script.createCachedData());
  } catch { /* read-only install: compile every time */ }
}
`;

function writeLauncher() {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/cli.js', CLI_LAUNCHER, { mode: 0o755 });
}

writeLauncher();
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`[esbuild] watching ${bundles.map((b) => b.outfile).join(', ')}`);
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  await chmod('dist/cli.js', 0o755);
}
