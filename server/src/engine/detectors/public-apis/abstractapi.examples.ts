/** Examples of the abstractapi detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'abstractapi.api-key': {
    positive: [
      `ABSTRACTAPI_KEY=«${fake(HEX, 32, 'abs')}»`,
      `axios.get('https://emailvalidation.abstractapi.com/v1/?api_key=«${fake(HEX, 32, 'abs2')}»&email=a@b.c')`,
    ],
    negative: ['abstract class ApiKeyProvider {}', 'ABSTRACT_API_KEY=<key>'],
  },
};
