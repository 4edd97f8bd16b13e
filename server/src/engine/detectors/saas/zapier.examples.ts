/** Examples of the zapier detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zapier.webhook-url': {
    positive: [`ZAPIER_HOOK=«https://hooks.zapier.com/hooks/catch/${fake(alphabet('0-9'), 7, 'zap')}/${fake(LOWER_DIGITS, 6, 'zap2')}/»`],
    negative: ['See https://hooks.zapier.com/hooks/catch/ for the format'],
  },
};
