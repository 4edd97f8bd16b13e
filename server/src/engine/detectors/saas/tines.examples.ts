/** Examples of the tines detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

const url = (salt: string) =>
  `https://acme-corp.tines.com/webhook/${fake(LOWER_DIGITS, 32, `${salt}p`)}/${fake(LOWER_DIGITS, 32, `${salt}s`)}`;

export const examples: ExampleTable = {
  'tines.webhook-url': {
    positive: [`TINES_WEBHOOK=«${url('tn1')}»`, `requests.post("«${url('tn2')}»", json=alert)`],
    negative: [
      'url: https://www.tines.com/docs/actions/types/webhook/',
      `https://acme-corp.tines.com/webhook/${fake(LOWER_DIGITS, 32, 'p')}/<secret>`,
    ],
  },
};
