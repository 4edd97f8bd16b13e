/** Examples of the SMTP detectors (test data: never imported by the runtime). */
import { B62, B64, B64URL, alphabet, fake, fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'smtp.credentials-url': {
    positive: [
      `MAILER_DSN=smtp://alerts%40example.com:«${fake(B62, 20, 'su1')}»@smtp.office365.com:587`,
      `EMAIL_URL="smtps://postmaster@mg.example.com:«${fake(B64URL, 24, 'su2')}»@smtp.mailgun.org:465"`,
    ],
    negative: [
      'MAILER_DSN=smtp://user:pass@localhost:1025',
      'MAILER_DSN=smtp://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.com',
      'MAILER_DSN=smtp://localhost:25',
    ],
  },
  'smtp.password': {
    positive: [
      `SMTP_PASSWORD=«${fake(B62, 16, 'sp1')}!»`,
      `EMAIL_HOST_PASSWORD = '«${fake(B64, 18, 'sp2')}»'`,
      `spring.mail.password=«${fake(B62, 14, 'sp3')}»`,
    ],
    negative: [
      "EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')",
      'SMTP_PASSWORD=${SMTP_PASSWORD}',
      'MAIL_PASSWORD=password',
      'MAIL_PASSWORD=null',
      'smtp_password: process.env.SMTP_PASSWORD',
      'Set SMTP_PASSWORD accordingly before starting the relay.',
      'SMTP_PASSWORD_FILE=/run/secrets/smtp',
      'smtp_password_path: secrets/smtp-password.txt',
    ],
  },
  'smtp.credentials': {
    positive: [
      `MAIL_MAILER=smtp\nMAIL_HOST=smtp.office365.com\nMAIL_PORT=587\nMAIL_USERNAME=noreply@acme.io\nMAIL_PASSWORD=«${pw('sc1')}»`,
      `EMAIL_HOST = "smtp.gmail.com"\nEMAIL_HOST_USER = "alerts@acme.io"\nEMAIL_HOST_PASSWORD = "«${fake(alphabet('a-z'), 16, 'gmail-app')}»"`,
      `spring.mail.host=smtp.eu.mailgun.org\nspring.mail.password=«${pw('sc3')}»`,
      `global:\n  smtp_smarthost: 'smtp.sendgrid.net:587'\n  smtp_auth_username: 'apikey'\n  smtp_auth_password: '«${pw('sc4')}»'`,
    ],
    negative: [
      'MAIL_PASSWORD=null',
      'MAIL_PASSWORD=${MAIL_PASSWORD}',
      'EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD")',
      'MAIL_PASSWORD=<mail password>',
      'SMTP_PASSWORD_FILE=/run/secrets/smtp',
    ],
  },
  'smtp.yaml-password': {
    positive: [`spring:\n  mail:\n    host: smtp.office365.com\n    username: billing@acme.io\n    password: «${pw('sy1')}»`],
    negative: [`mail:\n  password: \${MAIL_PASSWORD}`, `smtp:\n  password: ""`],
  },
};
