/** Examples of the exa detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'exa.api-key': {
    positive: [`EXA_API_KEY=«${fakeUuid('exa1')}»`, `exa_api_key: «${fakeUuid('exa2')}»`, `const exaApiKey = '«${fakeUuid('exa3')}»';`],
    negative: [
      `EXA_API_KEY=${fakeUuid('short').slice(0, 30)}`,
      'EXA_API_KEY=your_exa_api_key',
      `API_KEY=${fakeUuid('exan')}`,
      `EXAMPLE_API_KEY=${fakeUuid('example')}`,
    ],
  },
};
