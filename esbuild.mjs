// One build script for every bundle (rust-analyzer habit: one esbuild script, with --watch).
// dist/cli.js now; dist/server.js and dist/extension.js join when their entry points exist.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chmod } from 'node:fs/promises';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const vsix = process.argv.includes('--vsix');

// `npm pack` / `npm publish` run `prepack` (the production build) and then `prepare`: a development
// build there would replace the minified bundles with source-mapped ones inside the tarball.
const packing = ['pack', 'publish'].includes(process.env.npm_command ?? '');
if (packing && process.env.npm_lifecycle_event === 'prepare') {
  console.error('[esbuild] prepare during npm pack: the prepack production build stands');
  process.exit(0);
}

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
 * the cache removes most of the compilation. It lives in the user's cache folder, never next to the
 * bundle: an installed package folder may be read-only or shared, and a cache shipped in the tarball
 * would belong to another machine's V8. The file name carries a hash of the bundle's path, its size
 * and mtime and the V8 version, so a rebuild, a second install or another Node never meets a stale
 * cache; older caches of the same bundle, and every cache over 30 days old, are removed (the keyword
 * tables' twin of this pruning is in server/src/cli/userCache.ts). Writes are atomic (two hooks may
 * race). Any failure just means compiling as usual. LEAKPROOF_CACHE_DIR moves the folder; LEAKPROOF_CACHE_DIR=off
 * disables it.
 */
const CLI_LAUNCHER = `#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { createHash } = require('node:crypto');
const { wrap } = require('node:module');
const file = path.join(__dirname, 'cli-main.js');
function cacheFolder() {
  const override = process.env.LEAKPROOF_CACHE_DIR;
  if (override === 'off') return undefined;
  if (override) return override;
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'leakproof', 'cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'leakproof');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'leakproof');
}
let folder, prefix, cacheFile, cachedData;
try {
  folder = cacheFolder();
  if (folder) {
    const stat = fs.statSync(file);
    prefix = \`cli-main-\${createHash('sha256').update(file).digest('hex').slice(0, 16)}-\`;
    cacheFile = path.join(folder, \`\${prefix}\${stat.size}-\${Math.trunc(stat.mtimeMs)}-v8-\${process.versions.v8}.bin\`);
    cachedData = fs.readFileSync(cacheFile);
  }
} catch { cachedData = undefined; }
const script = new vm.Script(wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
script.runInThisContext().call(module.exports, module.exports, require, module, file, __dirname);
if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  try {
    fs.mkdirSync(folder, { recursive: true });
    // This bundle's older caches, and any install's cache written over 30 days ago: installs come and
    // go (temporary folders, upgrades) and each left ~1 MB behind; one still in use just writes anew.
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
    for (const old of fs.readdirSync(folder)) {
      const stale = old.startsWith('cli-main-') && fs.statSync(path.join(folder, old)).mtimeMs < monthAgo;
      if (old.startsWith(prefix) || stale) fs.rmSync(path.join(folder, old), { force: true });
    }
    const partial = \`\${cacheFile}.\${process.pid}.tmp\`;
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, cacheFile);
  } catch { /* read-only or missing home: compile every time */ }
}
`;

function writeLauncher() {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/cli.js', CLI_LAUNCHER, { mode: 0o755 });
}

/** A production build leaves only what ships: no source maps, no cache from the old in-folder launcher. */
function removeDevelopmentLeftovers() {
  if (!existsSync('dist')) return;
  rmSync('dist/.cache', { recursive: true, force: true });
  for (const name of readdirSync('dist')) if (name.endsWith('.map')) rmSync(`dist/${name}`, { force: true });
}

if (production) removeDevelopmentLeftovers();
writeLauncher();
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`[esbuild] watching ${bundles.map((b) => b.outfile).join(', ')}`);
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  await chmod('dist/cli.js', 0o755);
  if (vsix) packageVsix('leakproof.vsix');
}

/**
 * The .vsix is packaged from a staging folder. Why: the npm package uses the `files` allow-list of
 * package.json, the extension the .vscodeignore allow-list, and vsce refuses to run where both exist.
 * So the files .vscodeignore lets in are copied to .tmp/vsix beside a manifest without `files`, with
 * client/README.md (the marketplace page) as the README.
 */
function packageVsix(output) {
  const stage = join('.tmp', 'vsix');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const allowed = readFileSync('.vscodeignore', 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1).replace(/\/\*\*$/, ''));
  for (const path of allowed) {
    if (/[*?[]/.test(path)) throw new Error(`.vscodeignore: only plain paths and dir/** are supported, not ${path}`);
    if (path === 'package.json') continue;
    if (!existsSync(path)) throw new Error(`.vscodeignore lets in ${path}, which does not exist`);
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    cpSync(path, join(stage, path), { recursive: true });
  }
  // The marketplace page: short, about the extension; the repository README is about everything.
  cpSync(join('client', 'README.md'), join(stage, 'README.md'));
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  delete manifest.files;
  delete manifest.scripts; // the bundles are built: nothing may run at packaging time
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync('.vscodeignore', join(stage, '.vscodeignore'));
  const vsce = join(process.cwd(), 'node_modules', '.bin', 'vsce');
  // vsce rewrites the README's relative links (the screenshot, LICENSE) to the repository's URLs, as the
  // marketplace needs; its secret scan runs too (no --allow-package-*-secrets: test data never ships).
  const args = ['package', '--no-dependencies'];
  const result = spawnSync(vsce, [...args, '-o', join(process.cwd(), output)], { cwd: stage, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
