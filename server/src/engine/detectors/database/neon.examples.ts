/** Examples of the Neon detectors (test data: never imported by the runtime). */
import { LOWER_DIGITS, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'neon.api-key': {
    positive: [`NEON_API_KEY=«napi_${fake(LOWER_DIGITS, 64, 'neon')}»`],
    negative: [
      'NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `napi_${fake(LOWER_DIGITS, 20, 'short')}`,
    ],
  },
};
