/**
 * The user's cache folder, shared with the launcher's V8 code cache (esbuild.mjs, CLI_LAUNCHER):
 * LEAKPROOF_CACHE_DIR moves it, LEAKPROOF_CACHE_DIR=off disables it. Here it keeps the keyword
 * automaton's tables between processes (engine/prefilter.ts): most of what a pre-commit hook would
 * otherwise rebuild on every commit. Every failure means building as usual, never an error.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setAutomatonStore, type AutomatonStore } from '../engine/prefilter.js';

export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.LEAKPROOF_CACHE_DIR;
  if (override === 'off') return undefined;
  if (override) return override;
  const home = homedir();
  if (process.platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'leakproof', 'cache');
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'leakproof');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'leakproof');
}

/** Far above the registry's tables (~1.5 MB): a bigger file is not ours. */
const MAX_TABLE_BYTES = 32 * 1024 * 1024;

/** A store of files in `folder`; writes are atomic (two hooks may race). */
export function fileAutomatonStore(folder: string): AutomatonStore {
  return {
    load(name) {
      const path = join(folder, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size > MAX_TABLE_BYTES) return undefined;
      return readFileSync(path);
    },
    save(name, bytes) {
      mkdirSync(folder, { recursive: true });
      const partial = join(folder, `${name}.${process.pid}.tmp`);
      writeFileSync(partial, bytes);
      renameSync(partial, join(folder, name));
      removeStaleTables(folder, name);
    },
  };
}

/**
 * Tables of other keyword lists or formats written over 30 days ago (each version of the detector
 * registry writes its own): a saved file is rare, so pruning then costs nothing on the hook's path.
 * The launcher prunes its code caches the same way (CLI_LAUNCHER in esbuild.mjs: plain JavaScript
 * that runs before this bundle, so it cannot call this).
 */
function removeStaleTables(folder: string, kept: string): void {
  const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
  for (const name of readdirSync(folder)) {
    if (name === kept || !name.startsWith('keywords-')) continue;
    const stat = statSync(join(folder, name), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs < monthAgo) rmSync(join(folder, name), { force: true });
  }
}

/** Lets the engine keep its keyword tables in the user's cache folder (when there is one). */
export function useUserCacheForAutomata(): void {
  const folder = userCacheFolder();
  if (folder) setAutomatonStore(fileAutomatonStore(folder));
}
