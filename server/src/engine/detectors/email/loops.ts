/** Loops API keys: un-prefixed, so the provider must be in the name. */
import {
  STORE_IN_SECRET_STORE,
  assignment,
  defineDetector,
  lacksLetterAndDigit,
  phraseAfterNonLetter,
  providerKindName,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'loops.api-key',
    title: 'Loops API key',
    keywords: ['loops'],
    // Not in the format table: only a `loops…api_key` name counts.
    pattern: () => assignment(providerKindName([phraseAfterNonLetter('loops')], ['api key', 'key', 'token']), '[A-Za-z0-9]{32,64}'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.3,
    guide: {
      grants: 'Adds, edits and deletes contacts and sends transactional e-mail and events through the Loops account.',
      revoke: 'Loops → Settings → API → delete the key and generate a new one.',
      url: 'https://app.loops.so/settings?page=api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
