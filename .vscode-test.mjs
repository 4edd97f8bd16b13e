// The extension-host suite in desktop VS Code, for contributors' laptops: `npx vscode-test`.
// @vscode/test-electron downloads VS Code, which CI cannot do: CI runs the same suite in code-server
// (npm run test:vscode, test/e2e/vscode/run.sh). Both run test/e2e/vscode/suite/extension.e2e.ts.
import { defineConfig } from '@vscode/test-cli';
import { execFileSync } from 'node:child_process';

// Build the bundles (dist/) and the suite, and lay out a fresh sample workspace, before VS Code starts.
execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
const paths = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'test/e2e/vscode/prepare.ts'], { encoding: 'utf8' }).trim().split('\n').pop(),
);

export default defineConfig({
  label: 'extension host (desktop)',
  files: paths.tests,
  workspaceFolder: paths.workspace,
  // Other installed extensions stay out of the way; built-in ones (JSON, Markdown) stay on.
  launchArgs: ['--disable-extensions'],
  mocha: { ui: 'tdd', timeout: 60_000, color: true },
});
