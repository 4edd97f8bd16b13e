/** exa (AI search API): AI / ML platforms. */
import { contextual, type Detector, lacksLetterAndDigit, STORE_AI_PLATFORM_KEY, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'exa.api-key',
    title: 'Exa API key',
    keywords: ['exa'],
    providers: ['(?<![A-Za-z])(?:EXA(?![A-Za-z])|[Ee]xa(?![a-z]))'],
    kinds: ['key', 'token', 'secret'],
    // A UUID (CREDENTIAL-FORMATS.md §5, exa.api_key); `exa` must be a whole word of the name (EXAMPLE_API_KEY is not Exa).
    value: UUID,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs Exa searches, content retrieval and answers billed to the team's credits.",
      revoke: 'dashboard.exa.ai → API keys → delete the key and create a new one.',
      url: 'https://dashboard.exa.ai/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
