/** Examples of the Fireworks AI detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fireworks.api-key': {
    positive: [`FIREWORKS_API_KEY=«fw_${fake(B62, 24, 'fw')}»`],
    negative: ['FIREWORKS_API_KEY=${FIREWORKS_API_KEY}', 'fireworks = fw_config_loader'],
  },
};
