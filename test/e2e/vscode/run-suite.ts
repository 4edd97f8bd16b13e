/**
 * Runs the extension-host suite inside a running code-server, driven by headless Chromium: the
 * workbench URL carries a payload naming extensionDevelopmentPath and extensionTestsPath (what
 * @vscode/test-electron passes on a desktop). Exit code: the suite's (0 = all passed).
 *
 *   node --import tsx test/e2e/vscode/run-suite.ts WORKSPACE EXTENSION_DIR TESTS_MODULE PORT
 * Adapted from shared/recipes/run-extension-tests.cjs.
 */
import { chromium } from 'playwright-core';
import { format } from 'node:util';

const [workspace = '', extensionDir = '', testsModule = '', port = '8080'] = process.argv.slice(2);
if (!workspace || !extensionDir || !testsModule) {
  console.error('usage: run-suite.ts WORKSPACE EXTENSION_DIR TESTS_MODULE [PORT]');
  process.exit(2);
}
const TIMEOUT_MS = 300_000;
const host = `127.0.0.1:${port}`;
const remote = (path: string) => `vscode-remote://${host}${path}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(extensionDir)],
  ['extensionTestsPath', remote(testsModule)],
  ['skipWelcome', 'true'],
]);

async function main(): Promise<number> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    let finish: (code: number) => void = () => {};
    const exited = new Promise<number>((resolve) => (finish = resolve));
    // The workbench reports the extension host's test output and exit code through these two hooks.
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => console.log(format(...args)));
    await page.exposeFunction('codeAutomationExit', (exitCode: number) => finish(exitCode));
    await page.goto(`http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (code !== 0) console.log(`extension tests ended with: ${code}`);
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
