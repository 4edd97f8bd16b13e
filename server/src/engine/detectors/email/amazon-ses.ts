/** Amazon SES SMTP passwords (derived from an IAM secret key: version byte 0x04 + HMAC, Base64). */
import { STORE_IN_SECRET_STORE, assignment, ci, defineDetector, phrase, phraseAfterNonLetter, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'amazon-ses.smtp-password',
    title: 'Amazon SES SMTP password',
    // Document scope: the name is often a generic mail password next to an email-smtp.<region> host.
    keywords: ['smtp', 'ses_', 'ses-'],
    scope: 'document',
    // 44 base64 chars derived from an IAM secret key: version byte 0x04 + 32-byte HMAC, so it starts with B.
    pattern: () =>
      assignment(
        [
          `(?:${phraseAfterNonLetter('ses')}|${ci('smtp')}|${ci('mail')})[A-Za-z0-9_.-]{0,20}(?:${phrase('password')}|${phrase('pass')}|${phrase('secret')})`,
        ],
        'B[A-Za-z0-9+/]{43}',
      ),
    precedence: 1,
    minEntropy: 4,
    companions: [{ name: 'username', pattern: /(?<![A-Z0-9])(?<value>AKIA[A-Z2-7]{16})(?![A-Z0-9])/, withinLines: 3 }],
    guide: {
      grants:
        'Sends e-mail through Amazon SES as the IAM user it was derived from, from every verified identity (phishing from your domain, reputation damage).',
      revoke:
        'AWS IAM → the SMTP user → Security credentials → deactivate and delete the access key the password was derived from; create new SMTP credentials in the SES console.',
      url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
