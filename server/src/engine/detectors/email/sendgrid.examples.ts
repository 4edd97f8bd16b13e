/** Examples of the SendGrid detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sendgrid.api-key': {
    positive: [
      `SENDGRID_API_KEY=«SG.${fake(B64URL, 22, 'sg1')}.${fake(B64URL, 43, 'sg2')}»`,
      `sg = SendGridAPIClient("«SG.${fake(B64URL, 22, 'sg3')}.${fake(B64URL, 43, 'sg4')}»")`,
      `Authorization: Bearer «SG.${fake(B64URL, 22, 'sg5')}.${fake(B64URL, 43, 'sg6')}»`,
    ],
    negative: [
      // SendGrid's published sample key.
      'SENDGRID_API_KEY=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',
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SENDGRID_API_KEY=SG.your-key',
    ],
  },
};
