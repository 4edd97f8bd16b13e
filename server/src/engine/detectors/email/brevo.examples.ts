/** Examples of the Brevo detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'brevo.api-key': {
    positive: [
      `BREVO_API_KEY=«xkeysib-${fake(HEX, 64, 'bv1')}-${fake(B62, 16, 'bv2')}»`,
      `headers: { 'api-key': '«xkeysib-${fake(HEX, 64, 'bv3')}-${fake(B62, 16, 'bv4')}»' }`,
    ],
    negative: ['BREVO_API_KEY=xkeysib-...', `SENDINBLUE_API_KEY=xkeysib-${'x'.repeat(64)}-${'x'.repeat(16)}`],
  },
  'brevo.smtp-key': {
    positive: [
      `SMTP_PASSWORD=«xsmtpsib-${fake(HEX, 64, 'bs1')}-${fake(B62, 16, 'bs2')}»`,
      `spring.mail.password: «xsmtpsib-${fake(HEX, 64, 'bs3')}-${fake(B62, 16, 'bs4')}»`,
    ],
    negative: ['SMTP_PASSWORD=xsmtpsib-<key>', 'xsmtpsib- keys are SMTP passwords'],
  },
};
