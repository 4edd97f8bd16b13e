/** Examples of the mailerlite detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailerlite.api-key': {
    positive: [
      `MAILERLITE_API_KEY=«${fake(LOWER_DIGITS, 32, 'mailer1')}»`,
      `mailerlite_api_key: «${fake(LOWER_DIGITS, 32, 'mailer2')}»`,
      `const mailerliteApiKey = '«${fake(LOWER_DIGITS, 32, 'mailer3')}»';`,
    ],
    negative: [
      `MAILERLITE_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'MAILERLITE_API_KEY=your_mailerlite_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'mailern')}`,
      'MAILERLITE_API_KEY=${MAILERLITE_API_KEY}',
    ],
  },
};
