/**
 * Stability AI keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import {
  assignedTo,
  bodyHasOneCharacterClass,
  defineDetector,
  leadThen,
  names,
  STORE_AI_PLATFORM_KEY,
  type Detector,
} from '../kit/index.js';

const OPENAI_MARKER = 'T3BlbkFJ';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'stability.api-key',
    title: 'Stability AI API key',
    keywords: ['stability'],
    pattern: () => leadThen([assignedTo(names('stability'))], 'sk-[A-Za-z0-9]{48}'),
    post: [({ value }) => (value.includes(OPENAI_MARKER) ? 'OpenAI key' : undefined), bodyHasOneCharacterClass('sk-')],
    guide: {
      grants: "Generates images, video and audio billed to the account's credits.",
      revoke: 'platform.stability.ai → Account → API Keys → delete the key.',
      url: 'https://platform.stability.ai/account/keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
