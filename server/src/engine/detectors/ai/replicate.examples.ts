/** Examples of the Replicate detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'replicate.api-token': {
    positive: [`REPLICATE_API_TOKEN=«r8_${fake(B62, 37, 'r8')}»`],
    negative: ['REPLICATE_API_TOKEN=r8_<paste-your-token>', 'r8_model_version_identifier_long_name'],
  },
};
