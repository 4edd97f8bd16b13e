/**
 * BrowserStack credentials. Shape: 20 base62 access key used with the user name (BrowserStack docs: `BROWSERSTACK_ACCESS_KEY`; length
 * unverified).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'browserstack.access-key',
    title: 'BrowserStack access key',
    keywords: ['browserstack', 'browser_stack', 'browser-stack', 'browser.stack'],
    providers: [phrase('browser stack')],
    kinds: ['access key', 'api key', 'key', 'token'],
    value: '[A-Za-z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Runs automated and live tests on BrowserStack's devices billed to the account and reads sessions, logs, screenshots and videos.",
      revoke: 'BrowserStack → Account → Settings → Access key → Regenerate (running sessions using the old key stop).',
      url: 'https://www.browserstack.com/accounts/settings',
    },
  }),
];
