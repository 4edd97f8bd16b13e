/** monkeylearn (text-analysis API): AI / ML platforms. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_AI_PLATFORM_KEY } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'monkeylearn.api-key',
    title: 'MonkeyLearn API key',
    keywords: ['monkeylearn'],
    providers: [phrase('monkeylearn')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex under a `monkeylearn` name (a bare 40-hex value is as likely a git SHA).
    value: '[0-9a-f]{40}',
    post: [isNotMixedHex],
    guide: {
      grants: "Runs the account's classifiers and extractors and manages its models.",
      revoke: 'MonkeyLearn → Account → API keys → regenerate the key.',
      url: 'https://app.monkeylearn.com/main/my-account/tab/api-keys/',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
