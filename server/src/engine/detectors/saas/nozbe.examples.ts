/** Examples of the nozbe detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nozbe.api-key': {
    positive: [
      `NOZBE_API_KEY=«${`${fake(B62, 16, 'nozbe1')}_${fake(B64URL, 64, 'nozbe1')}`}»`,
      `nozbe_api_key: «${`${fake(B62, 16, 'nozbe2')}_${fake(B64URL, 64, 'nozbe2')}`}»`,
      `const nozbeApiKey = '«${`${fake(B62, 16, 'nozbe3')}_${fake(B64URL, 64, 'nozbe3')}`}»';`,
    ],
    negative: [
      `NOZBE_API_KEY=${`${fake(B62, 16, 'short')}_${fake(B64URL, 40, 'short')}`}`,
      'NOZBE_API_KEY=your_nozbe_api_key',
      `API_KEY=${`${fake(B62, 16, 'nozben')}_${fake(B64URL, 64, 'nozben')}`}`,
      'NOZBE_API_KEY=${NOZBE_API_KEY}',
    ],
  },
};
