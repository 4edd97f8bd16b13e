/** Examples of the Mailjet detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailjet.api-secret': {
    positive: [
      `MJ_APIKEY_PUBLIC=${fake(HEX, 32, 'mj1')}\nMJ_APIKEY_PRIVATE=«${fake(HEX, 32, 'mj2')}»`,
      `mailjet:\n  mailjet_secret_key: "«${fake(HEX, 32, 'mj3')}»"`,
    ],
    // The API key (public half) is needed too, but on its own is not reported.
    negative: [`MJ_APIKEY_PUBLIC=${fake(HEX, 32, 'mj4')}`, 'MAILJET_SECRET_KEY=your-secret-key'],
  },
  'mailjet.sms-token': {
    positive: [`MAILJET_SMS_TOKEN=«${fake(B62, 32, 'mt1')}»`],
    negative: ['MAILJET_SMS_TOKEN=<token>', `MAILJET_API_KEY=${fake(HEX, 32, 'mt2')}`],
  },
};
