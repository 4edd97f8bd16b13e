/** Examples of the Tavily detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tavily.api-key': {
    positive: [`TAVILY_API_KEY=«tvly-${fake(B62, 32, 'tv')}»`, `TAVILY_API_KEY=«tvly-dev-${fake(B62, 32, 'tv2')}»`],
    negative: ['TAVILY_API_KEY=tvly-...'],
  },
};
