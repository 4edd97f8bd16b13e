/** roboflow (computer-vision platform): AI / ML platforms. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_AI_PLATFORM_KEY } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'roboflow.api-key',
    title: 'Roboflow API key',
    keywords: ['roboflow'],
    providers: [phrase('roboflow')],
    kinds: ['key', 'token', 'secret'],
    // 20 [A-Za-z0-9] (CREDENTIAL-FORMATS.md §5, roboflow.api_key).
    value: '[A-Za-z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and writes the workspace's datasets and models, runs hosted inference and training on its quota.",
      revoke: 'app.roboflow.com → workspace Settings → Roboflow API → revoke the key and generate a new one.',
      url: 'https://app.roboflow.com/settings/api',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
