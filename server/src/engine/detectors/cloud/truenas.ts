/** truenas (long tail of providers, issue 9 §3): TrueNAS storage appliances. */
import { contextual, lacksLetterAndDigit, phrase, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'truenas.api-key',
    title: 'TrueNAS API key',
    keywords: ['truenas', 'true_nas', 'freenas'],
    providers: [phrase('true nas'), phrase('free nas')],
    kinds: ['api key', 'key', 'token', 'secret'],
    // The key's numeric id + `-` + 64 letters and digits (format facts: Kingfisher rule set).
    value: '[0-9]{1,6}-[A-Za-z0-9]{64}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Administers the TrueNAS system through its REST and WebSocket APIs with the key's user privileges (often full admin): pools, shares, users, apps.",
      revoke: 'TrueNAS web UI → user menu → API Keys → delete the key (or Credentials → Users → the user → API keys).',
      url: 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/',
    },
  }),
];
