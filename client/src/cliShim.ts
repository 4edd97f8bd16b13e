/**
 * A stable entry point to the extension's command line, for the git hooks the extension installs.
 *
 * Why: VS Code installs each version of an extension in its own folder
 * (`~/.vscode/extensions/leakproof.leakproof-0.1.0/`) and deletes the old one after an update. A hook
 * that recorded `<that folder>/dist/cli.js` would stop working on the first update. So the hook records
 * this shim instead: a small script in the extension's global storage (a folder that keeps its path
 * across versions), rewritten on every activation to point at the current version's CLI.
 *
 * When the CLI it points at is gone (the extension was uninstalled, or updated and VS Code has not
 * started since) the shim fails closed: it blocks with a message naming commands that work. It never
 * makes the hook pass on its own: the hook trusts an exit code only with the handshake line the CLI
 * writes to LEAKPROOF_HOOK_RESULT (server/src/cli/main.ts), and the shim writes that line only with
 * its own non-zero exit code, so the hook shows the shim's message instead of a generic one.
 *
 * No `vscode` import here: the tests write and run the shim from plain Node.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_RESULT_MARKER } from '../../server/src/cli/hook.js';

/** `.cjs`: CommonJS whatever package.json a parent folder may hold. */
export const CLI_SHIM_NAME = 'leakproof-cli.cjs';

/** Exit code of the shim when its CLI is gone: the CLI's own "error" code (2). */
export const SHIM_MISSING_EXIT_CODE = 2;

/** The shim's text: runs `cli` (the extension's `dist/cli.js`) as if it were that file. */
export function renderCliShim(cli: string): string {
  const marker = `${HOOK_RESULT_MARKER} ${SHIM_MISSING_EXIT_CODE}`;
  return `#!/usr/bin/env node
// Leakproof: the command line of the Leakproof VS Code extension, at a path that survives updates.
// Written by the extension on every start (client/src/cliShim.ts); git hooks installed from VS Code
// run this file. Editing it is pointless: the next start rewrites it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');
const cli = ${JSON.stringify(cli)};
let source;
try {
  source = fs.readFileSync(cli, 'utf8');
} catch {
  source = undefined;
}
if (source === undefined) {
  process.stderr.write(
    'leakproof: the Leakproof VS Code extension this hook runs is gone (' + cli + '): it was uninstalled, or updated\\n' +
      '  and VS Code has not started since. So this is blocked (the hook fails closed). To fix it, either:\\n' +
      '  - start VS Code with the Leakproof extension installed (it points this hook at its new version), or\\n' +
      '    run "Leakproof: Install Pre-commit Hook" from its Command Palette;\\n' +
      '  - or use the command line from npm: npm install --save-dev leakproof && npx leakproof install-hook\\n' +
      '  To bypass once: git commit --no-verify (or git push --no-verify), or LEAKPROOF_SKIP=1.\\n',
  );
  // A non-zero answer to the hook's handshake, so the hook blocks with this message alone.
  if (process.env.LEAKPROOF_HOOK_RESULT) {
    try {
      fs.writeFileSync(process.env.LEAKPROOF_HOOK_RESULT, ${JSON.stringify(`${marker}\n`)});
    } catch {
      // No answer: the hook blocks anyway.
    }
  }
  process.exit(${SHIM_MISSING_EXIT_CODE});
}
// Run the CLI's launcher as this very module rather than require() it: the CLI runs only as the main
// module (require.main === module), and process.argv[1] stays this file, so \`install-hook\` records
// the shim in the hook, never the versioned extension folder.
const launcher = vm.runInThisContext(wrap(source.replace(/^#!.*/, '')), { filename: cli });
launcher.call(module.exports, module.exports, require, module, cli, path.dirname(cli));
`;
}

/**
 * Writes the shim into `storageDir` pointing at `cli` and returns its path. Atomic (two VS Code
 * windows start at once) and a no-op when the text is already right.
 */
export function writeCliShim(storageDir: string, cli: string): string {
  const shim = join(storageDir, CLI_SHIM_NAME);
  const text = renderCliShim(cli);
  let current: string | undefined;
  try {
    current = readFileSync(shim, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) {
    mkdirSync(storageDir, { recursive: true });
    const partial = `${shim}.${process.pid}.tmp`;
    writeFileSync(partial, text, { mode: 0o755 });
    renameSync(partial, shim);
  }
  chmodSync(shim, 0o755);
  return shim;
}
