/**
 * The extensionTestsPath module: VS Code's extension host calls `run()` and reports its outcome as
 * the test run's exit code (what @vscode/test-electron does on a desktop; run-suite.ts drives the
 * same protocol through code-server in CI). The tests are a separate bundle so that mocha's tdd
 * globals exist before they load.
 */
import Mocha from 'mocha';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // LEAKPROOF_E2E_GREP=pattern runs only the matching tests (code-server passes its environment on).
  if (process.env.LEAKPROOF_E2E_GREP) mocha.grep(process.env.LEAKPROOF_E2E_GREP);
  mocha.addFile(join(__dirname, 'extension.e2e.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // A closing line CI reads in any language ("N passed, N failed").
      console.log(`vscode: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
