/** Examples of the mailsac detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailsac.api-key': {
    positive: [
      `MAILSAC_API_KEY=«${`k_${fake(B62, 40, 'mailsa1')}`}»`,
      `mailsac_api_key: «${`k_${fake(B62, 40, 'mailsa2')}`}»`,
      `const mailsacApiKey = '«${`k_${fake(B62, 40, 'mailsa3')}`}»';`,
    ],
    negative: [
      `MAILSAC_API_KEY=${`k_${fake(B62, 20, 'short')}`}`,
      'MAILSAC_API_KEY=your_mailsac_api_key',
      `API_KEY=${`k_${fake(B62, 40, 'mailsan')}`}`,
      'MAILSAC_API_KEY=${MAILSAC_API_KEY}',
    ],
  },
};
