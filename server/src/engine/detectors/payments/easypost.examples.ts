/** Examples of the easypost detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'easypost.api-key': {
    positive: [`EASYPOST_API_KEY=«EZAK${fake(B62, 54, 'ez1')}»`, `client = easypost.EasyPostClient("«EZTK${fake(B62, 54, 'ez2')}»")`],
    negative: ['EASYPOST_API_KEY=EZAK<key>', 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
