/** Examples of the mailmodo detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailmodo.api-key': {
    positive: [
      `MAILMODO_API_KEY=«${`${fake(UPPER_DIGITS, 7, 'mailmo1a')}-${fake(UPPER_DIGITS, 7, 'mailmo1b')}-${fake(UPPER_DIGITS, 7, 'mailmo1c')}-${fake(UPPER_DIGITS, 7, 'mailmo1d')}`}»`,
      `mailmodo_api_key: «${`${fake(UPPER_DIGITS, 7, 'mailmo2a')}-${fake(UPPER_DIGITS, 7, 'mailmo2b')}-${fake(UPPER_DIGITS, 7, 'mailmo2c')}-${fake(UPPER_DIGITS, 7, 'mailmo2d')}`}»`,
      `const mailmodoApiKey = '«${`${fake(UPPER_DIGITS, 7, 'mailmo3a')}-${fake(UPPER_DIGITS, 7, 'mailmo3b')}-${fake(UPPER_DIGITS, 7, 'mailmo3c')}-${fake(UPPER_DIGITS, 7, 'mailmo3d')}`}»';`,
    ],
    negative: [
      `MAILMODO_API_KEY=${fake(UPPER_DIGITS, 28, 'flat')}`,
      'MAILMODO_API_KEY=your_mailmodo_api_key',
      `API_KEY=${`${fake(UPPER_DIGITS, 7, 'mailmona')}-${fake(UPPER_DIGITS, 7, 'mailmonb')}-${fake(UPPER_DIGITS, 7, 'mailmonc')}-${fake(UPPER_DIGITS, 7, 'mailmond')}`}`,
      'MAILMODO_API_KEY=${MAILMODO_API_KEY}',
    ],
  },
};
