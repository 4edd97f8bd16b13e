/** Examples of the Mailchimp detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailchimp.api-key': {
    positive: [
      `MAILCHIMP_API_KEY=«${fake(HEX, 32, 'mc1')}-us14»`,
      `mailchimp.setConfig({ apiKey: '«${fake(HEX, 32, 'mc2')}-us6»', server: 'us6' });`,
    ],
    negative: ['MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1', 'MAILCHIMP_API_KEY=<api-key>-us14', 'Content-Language: en-us'],
  },
};
