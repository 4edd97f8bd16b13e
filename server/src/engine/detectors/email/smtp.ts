/** SMTP credentials: `smtp://user:password@host` URLs and mail password settings (SMTP_PASSWORD, EMAIL_HOST_PASSWORD, MAIL_PASSWORD, spring.mail.password). */
import { STORE_IN_SECRET_STORE, assignment, ci, defineDetector, phrase, type Detector, type PostValidator } from '../kit/index.js';

/** Passwords people write as stand-ins, and code that reads the real one from elsewhere. */
const WEAK_OR_REFERENCE = /^(?:pass(?:word)?|passwd|pwd|secret|smtp_?pass(?:word)?|mail_?pass(?:word)?|user(?:name)?|null|none|nil|true|false|undefined|empty|test|example|admin|root|guest)$/i;
const isWeakOrReference: PostValidator = ({ value }) => {
  if (WEAK_OR_REFERENCE.test(value)) return 'stand-in password';
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return 'code reference';
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes('_')) return 'environment variable name';
  if (/^(?:process|os|env|config|settings|getenv|ENV)\b/.test(value)) return 'code reference';
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return 'file path';
  return undefined;
};

/** `SMTP_PASSWORD_FILE=/run/secrets/smtp`: the Docker-secrets convention names a file, not the password. */
const isFileSetting: PostValidator = ({ groups }) => (/(?:file|path)$/i.test(groups.name ?? '') ? 'names a file holding the password' : undefined);

/** `SMTP_PASSWORD accordingly` in prose: a bare word separated from the name by a space is not a password. */
const isProseWord: PostValidator = ({ value, match }) => (/^[A-Za-z]+$/.test(value) && !/[=:>]/.test(match) ? 'a word in prose' : undefined);

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'smtp.credentials-url',
    title: 'SMTP URL with password',
    keywords: ['smtp'],
    // smtp(s)://user:password@host, including Symfony/Laravel mailer DSNs such as smtp+tls:// and ses+smtp://.
    pattern:
      /(?<![A-Za-z0-9])(?:[a-z0-9]{1,20}\+)?smtps?(?:\+[a-z]{1,10})?:\/\/(?<username>[^:/\s'"`]{1,128}):(?<secret>[^@/\s'"`]{3,256})@(?<host>[A-Za-z0-9][A-Za-z0-9.-]{0,252})/,
    post: [isWeakOrReference],
    guide: {
      grants: 'Logs into the SMTP server (often a real mailbox or the organisation\'s relay) to send mail as that account; mailbox passwords frequently also open IMAP and webmail.',
      revoke: 'Change the mailbox or SMTP user\'s password (or delete the app password / SMTP credential at the mail provider) and update the deployments that use it.',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'smtp.password',
    title: 'SMTP / mail password',
    keywords: ['smtp', 'mail_pass', 'mail-pass', 'mail.pass', 'mailpass', 'email_host_password', 'emailhostpassword'],
    // SMTP_PASSWORD=…, EMAIL_HOST_PASSWORD (Django), MAIL_PASSWORD (Laravel/Flask-Mail), spring.mail.password.
    pattern: assignment(
      [`${ci('smtp')}[A-Za-z0-9_.-]{0,20}(?:${phrase('password')}|${phrase('passwd')}|${phrase('pass')}|${phrase('pwd')}|${phrase('secret')})`, `${ci('mail')}[_.-]?(?:${phrase('host')}[_.-]?)?(?:${phrase('password')}|${phrase('pass')})`],
      '[^\\s\'"`$<>{}(),;]{6,128}',
      { valueEnd: '(?=[\\s\'"`,;)]|$)' },
    ),
    post: [isWeakOrReference, isProseWord, isFileSetting],
    minEntropy: 2.8,
    guide: {
      grants: 'Logs into the SMTP server to send mail as that account (phishing from a trusted address); mailbox passwords often also open IMAP and webmail.',
      revoke: 'Change the mailbox or SMTP user\'s password (or delete the app password / SMTP credential at the provider) and update every deployment that uses it.',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
