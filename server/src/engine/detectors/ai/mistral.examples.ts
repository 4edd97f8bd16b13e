/** Examples of the Mistral AI detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mistral.api-key': {
    positive: [`MISTRAL_API_KEY=«${fake(B62, 32, 'mis')}»`],
    negative: ['MISTRAL_API_KEY=${MISTRAL_API_KEY}', 'MISTRAL_MODEL=mistral-large-latest', `mistral_hash = "${fake(HEX, 32, 'md5')}"`],
  },
};
