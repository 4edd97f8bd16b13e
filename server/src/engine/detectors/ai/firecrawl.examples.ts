/** Examples of the Firecrawl detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'firecrawl.api-key': {
    positive: [`FIRECRAWL_API_KEY=«fc-${fake(HEX, 32, 'fc')}»`],
    negative: ['FIRECRAWL_API_KEY=fc-YOUR_API_KEY', 'fc-12'],
  },
};
