/** SparkPost API keys: 40 hex, so the provider must be in the name. */
import { HEX, STORE_IN_SECRET_STORE, assignment, defineDetector, phrase, providerKindName, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sparkpost.api-key',
    title: 'SparkPost API key',
    keywords: ['sparkpost'],
    pattern: () => assignment(providerKindName([phrase('spark post')], ['api key', 'key', 'token', 'secret']), `[${HEX.re}]{40}`),
    minEntropy: 3,
    guide: {
      grants:
        "Per the key's grants: sends e-mail from your sending domains, reads message events and recipient lists, manages templates and webhooks.",
      revoke: 'SparkPost → Configuration → API Keys → the key → Delete, then create a new one with only the needed grants.',
      url: 'https://app.sparkpost.com/account/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
