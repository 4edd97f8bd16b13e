/** Examples of the Resend detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'resend.api-key': {
    positive: [
      `RESEND_API_KEY=«re_${fake(B62, 8, 're1')}_${fake(B62, 24, 're2')}»`,
      `const resend = new Resend('«re_${fake(B62, 8, 're3')}_${fake(B62, 24, 're4')}»');`,
    ],
    negative: [
      'RESEND_API_KEY=re_123456789',
      'def re_validate_subscription_payload_fields(x):',
      'RESEND_API_KEY=re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
