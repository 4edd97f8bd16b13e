/** Examples of the xAI (Grok) detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'xai.api-key': {
    positive: [`XAI_API_KEY=«xai-${fake(B62, 80, 'xai')}»`],
    negative: ['XAI_API_KEY=xai-...', 'pip install xai-sdk'],
  },
};
