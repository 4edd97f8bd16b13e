/** Examples of the MailerSend detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailersend.api-token': {
    positive: [`MAILERSEND_API_KEY=«mlsn.${fake(HEX, 64, 'ms1')}»`],
    negative: ['MAILERSEND_API_KEY=mlsn.your-api-token', `MAILERSEND_API_KEY=mlsn.${fake(HEX, 20, 'ms2')}`],
  },
};
