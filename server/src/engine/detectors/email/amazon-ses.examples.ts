/** Examples of the Amazon SES detectors (test data: never imported by the runtime). */
import { B64, BASE32_UPPER, fake, fakeBytes, toBase64, type ExampleTable } from '../kit/examples.js';

/** A fake SES SMTP password: version byte 0x04 then 32 bytes, base64 (44 chars, starts with B). */
function sesBytes(salt: string): Uint8Array {
  const bytes = fakeBytes(33, salt);
  bytes[0] = 0x04;
  return bytes;
}

export const examples: ExampleTable = {
  'amazon-ses.smtp-password': {
    positive: [
      `SES_SMTP_USERNAME=AKIA${fake(BASE32_UPPER, 16, 'se1')}\nSES_SMTP_PASSWORD=«B${fake(B64, 43, 'se2')}»`,
      `spring.mail.host=email-smtp.eu-west-1.amazonaws.com\nspring.mail.password=«${toBase64(sesBytes('se3'))}»`,
    ],
    negative: ['SES_SMTP_PASSWORD=<smtp-password>', `SES_SMTP_PASSWORD=A${fake(B64, 43, 'se4')}`],
  },
};
