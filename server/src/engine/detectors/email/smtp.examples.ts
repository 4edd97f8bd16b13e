/** Examples of the SMTP detectors (test data: never imported by the runtime). */
import { B62, B64, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'smtp.credentials-url': {
    positive: [
      `MAILER_DSN=smtp://alerts%40example.com:«${fake(B62, 20, 'su1')}»@smtp.office365.com:587`,
      `EMAIL_URL="smtps://postmaster@mg.example.com:«${fake(B64URL, 24, 'su2')}»@smtp.mailgun.org:465"`,
    ],
    negative: ['MAILER_DSN=smtp://user:pass@localhost:1025', 'MAILER_DSN=smtp://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.com', 'MAILER_DSN=smtp://localhost:25'],
  },
  'smtp.password': {
    positive: [`SMTP_PASSWORD=«${fake(B62, 16, 'sp1')}!»`, `EMAIL_HOST_PASSWORD = '«${fake(B64, 18, 'sp2')}»'`, `spring.mail.password=«${fake(B62, 14, 'sp3')}»`],
    negative: [
      "EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')",
      'SMTP_PASSWORD=${SMTP_PASSWORD}',
      'MAIL_PASSWORD=password',
      'MAIL_PASSWORD=null',
      "smtp_password: process.env.SMTP_PASSWORD",
      'Set SMTP_PASSWORD accordingly before starting the relay.',
      'SMTP_PASSWORD_FILE=/run/secrets/smtp',
      'smtp_password_path: secrets/smtp-password.txt',
    ],
  },
};
