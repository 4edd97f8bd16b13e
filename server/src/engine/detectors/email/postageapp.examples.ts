/** Examples of the postageapp detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'postageapp.api-key': {
    positive: [
      `POSTAGEAPP_API_KEY=«${fake(B62, 32, 'postag1')}»`,
      `postageapp_api_key: «${fake(B62, 32, 'postag2')}»`,
      `const postageappApiKey = '«${fake(B62, 32, 'postag3')}»';`,
    ],
    negative: [
      `POSTAGEAPP_API_KEY=${fake(B62, 28, 'short')}`,
      'POSTAGEAPP_API_KEY=your_postageapp_api_key',
      `API_KEY=${fake(B62, 32, 'postagn')}`,
      'POSTAGEAPP_API_KEY=${POSTAGEAPP_API_KEY}',
    ],
  },
};
