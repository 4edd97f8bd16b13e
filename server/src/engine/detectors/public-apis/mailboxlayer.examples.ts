/** Examples of the mailboxlayer detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailboxlayer.api-key': {
    positive: [
      `MAILBOXLAYER_API_KEY=«${fake(LOWER_DIGITS, 32, 'mailbo1')}»`,
      `mailboxlayer_api_key: «${fake(LOWER_DIGITS, 32, 'mailbo2')}»`,
      `const mailboxlayerApiKey = '«${fake(LOWER_DIGITS, 32, 'mailbo3')}»';`,
    ],
    negative: [
      `MAILBOXLAYER_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'MAILBOXLAYER_API_KEY=your_mailboxlayer_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'mailbon')}`,
      'MAILBOXLAYER_API_KEY=${MAILBOXLAYER_API_KEY}',
    ],
  },
};
