/**
 * Deepgram keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, defineDetector, isNotMixedHex, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

const HEX40 = '[0-9a-f]{40}';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'deepgram.api-key',
    title: 'Deepgram API key',
    keywords: ['deepgram'],
    pattern: () => leadThen([assignedTo(names('deepgram'))], HEX40),
    post: [isNotMixedHex],
    guide: {
      grants: 'Transcribes and synthesises audio billed to the project, and (with admin scope) manages its keys and members.',
      revoke: 'console.deepgram.com → project → API Keys → delete the key.',
      url: 'https://console.deepgram.com',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
