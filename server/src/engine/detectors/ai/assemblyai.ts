/**
 * AssemblyAI keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, defineDetector, isNotMixedHex, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

const HEX32 = '[0-9a-f]{32}';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'assemblyai.api-key',
    title: 'AssemblyAI API key',
    keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
    pattern: () => leadThen([assignedTo(names('assemblyai', 'assembly_ai', 'assembly-ai'))], HEX32),
    post: [isNotMixedHex],
    guide: {
      grants: 'Transcribes audio billed to the account and reads every stored transcript.',
      revoke: 'assemblyai.com → Dashboard → API Keys → reset / delete the key.',
      url: 'https://www.assemblyai.com/app/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
