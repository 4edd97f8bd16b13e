/**
 * Clarifai keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, defineDetector, hasOneCharacterClass, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'clarifai.pat',
    title: 'Clarifai personal access token',
    keywords: ['clarifai'],
    pattern: () => leadThen([assignedTo(names('clarifai'))], '[A-Za-z0-9]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.5,
    guide: {
      grants: 'Acts as the user on every Clarifai app: models, inputs, workflows, billed usage.',
      revoke: 'clarifai.com → Settings → Security → delete the token.',
      url: 'https://clarifai.com/settings/security',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
