/** nightfall (data-loss-prevention API): secret managers and identity. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'nightfall.api-key',
    title: 'Nightfall API key',
    keywords: ['nightfall'],
    providers: [phrase('nightfall')],
    kinds: ['key', 'token', 'secret'],
    // `NF-` + 32 [A-Za-z0-9]; `NF-` alone is too short to trust without the provider name.
    value: 'NF-[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Scans data through Nightfall's detection APIs and reads the account's policies and findings.",
      revoke: 'app.nightfall.ai → Developer Platform → API keys → delete the key.',
      url: 'https://app.nightfall.ai/developer-platform/api-keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
