/**
 * SMTP credentials: `smtp://user:password@host` URLs, lone mail password settings (SMTP_PASSWORD,
 * EMAIL_HOST_PASSWORD, MAIL_PASSWORD, spring.mail.password), and the same settings with the mail host or
 * user beside them (smtp.credentials, smtp.yaml-password: user and host become parts).
 */
import {
  HOST_VALUE,
  PASSWORD_CHECKS,
  STORE_IN_SECRET_STORE,
  USER_VALUE,
  assignment,
  ci,
  ciFragment,
  dbGuide,
  defineDetector,
  isAboutThePassword,
  phrase,
  secretAssignment,
  settingCompanion,
  yamlNested,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** Passwords people write as stand-ins, and code that reads the real one from elsewhere. */
const WEAK_OR_REFERENCE =
  /^(?:pass(?:word)?|passwd|pwd|secret|smtp_?pass(?:word)?|mail_?pass(?:word)?|user(?:name)?|null|none|nil|true|false|undefined|empty|test|example|admin|root|guest)$/i;
const isWeakOrReference: PostValidator = ({ value }) => {
  if (WEAK_OR_REFERENCE.test(value)) return 'stand-in password';
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return 'code reference';
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes('_')) return 'environment variable name';
  if (/^(?:process|os|env|config|settings|getenv|ENV)\b/.test(value)) return 'code reference';
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return 'file path';
  return undefined;
};

/** `SMTP_PASSWORD_FILE=/run/secrets/smtp`: the Docker-secrets convention names a file, not the password. */
const isFileSetting: PostValidator = ({ groups }) =>
  /(?:file|path)$/i.test(groups.name ?? '') ? 'names a file holding the password' : undefined;

/** `SMTP_PASSWORD accordingly` in prose: a bare word separated from the name by a space is not a password. */
const isProseWord: PostValidator = ({ value, match }) =>
  /^[A-Za-z]+$/.test(value) && !/[=:>]/.test(match) ? 'a word in prose' : undefined;

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
      grants:
        "Logs into the SMTP server (often a real mailbox or the organisation's relay) to send mail as that account; mailbox passwords frequently also open IMAP and webmail.",
      revoke:
        "Change the mailbox or SMTP user's password (or delete the app password / SMTP credential at the mail provider) and update the deployments that use it.",
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'smtp.password',
    title: 'SMTP / mail password',
    keywords: ['smtp', 'mail_pass', 'mail-pass', 'mail.pass', 'mailpass', 'email_host_password', 'emailhostpassword'],
    // SMTP_PASSWORD=…, EMAIL_HOST_PASSWORD (Django), MAIL_PASSWORD (Laravel/Flask-Mail), spring.mail.password.
    pattern: () =>
      assignment(
        [
          `${ci('smtp')}[A-Za-z0-9_.-]{0,20}(?:${phrase('password')}|${phrase('passwd')}|${phrase('pass')}|${phrase('pwd')}|${phrase('secret')})`,
          `${ci('mail')}[_.-]?(?:${phrase('host')}[_.-]?)?(?:${phrase('password')}|${phrase('pass')})`,
        ],
        '[^\\s\'"`$<>{}(),;]{6,128}',
        { valueEnd: '(?=[\\s\'"`,;)]|$)' },
      ),
    post: [isWeakOrReference, isProseWord, isFileSetting],
    minEntropy: 2.8,
    guide: {
      grants:
        'Logs into the SMTP server to send mail as that account (phishing from a trusted address); mailbox passwords often also open IMAP and webmail.',
      revoke:
        "Change the mailbox or SMTP user's password (or delete the app password / SMTP credential at the provider) and update every deployment that uses it.",
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'smtp.credentials',
    title: 'SMTP password (with mail host / user nearby)',
    keywords: [
      'mail_pass',
      'mail.pass',
      'mailpass',
      'mail-pass',
      'mail_pwd',
      'smtp_pass',
      'smtp.pass',
      'smtppass',
      'smtp-pass',
      'smtp_pwd',
      'smtp_auth_pass',
      'email_pass',
      'email.pass',
      'email_host_pass',
      'emailpass',
      'mailer_pass',
      'mailer.pass',
      'smtp_user_pass',
      'mail_smtp_pass',
      'sendmail_pass',
    ],
    // `MAIL_PASSWORD` (Laravel), `EMAIL_HOST_PASSWORD` (Django), `spring.mail.password`, `smtp_auth_password`
    // (Alertmanager), `SMTP_PASS`; host and user become parts (ENGINE.md: SMTP host + user + password).
    pattern: () =>
      secretAssignment(
        ciFragment(
          '(?:mail|smtp|email(?:_host)?|mailer|sendmail|smtp_auth|smtp_user|mail_smtp|postfix|relay)[_.-]?(?:pass(?:word|wd)?|pwd)',
        ),
        { min: 4, max: 200 },
      ),
    post: [...PASSWORD_CHECKS, isAboutThePassword],
    // smtp.password (above) reports the lone setting; this one only fires with the host or user
    // beside it, and then wins de-duplication with more parts.
    requireCompanion: true,
    companions: [
      settingCompanion('host', 'host(?:name)?|server|smarthost|relay|address', HOST_VALUE, 6, '(?:mail|smtp|email|mailer|spring\\.mail)'),
      settingCompanion(
        'username',
        'user(?:name)?|login|auth_username|host_user|from',
        USER_VALUE,
        6,
        '(?:mail|smtp|email|mailer|spring\\.mail)',
      ),
      settingCompanion('port', 'port', String.raw`\d{2,5}`, 6, '(?:mail|smtp|email|mailer|spring\\.mail)'),
    ],
    guide: dbGuide(
      'Send mail as your domain through that server (phishing that passes SPF/DKIM) and, for mailbox accounts, read the mailbox.',
      'Change the mailbox/SMTP password or revoke the app password / SMTP credential at the provider (Google: App passwords; Microsoft 365: reset; Mailgun/SendGrid: delete the SMTP credential or API key).',
    ),
  }),
  defineDetector({
    id: 'smtp.yaml-password',
    title: 'SMTP password in a YAML mail section',
    keywords: ['password:'],
    scope: 'document',
    pattern: () => yamlNested(String.raw`(?:smtp|mail|mailer|email|smtp_settings|action_mailer)`, 'password', { max: 200 }),
    post: [...PASSWORD_CHECKS],
    precedence: -1,
    companions: [
      settingCompanion('host', 'host(?:name)?|server|address', HOST_VALUE, 6, ''),
      settingCompanion('username', 'user(?:name)?|user_name|login', USER_VALUE, 6, ''),
    ],
    guide: dbGuide(
      'Send mail as your domain through that server and, for mailbox accounts, read the mailbox.',
      'Change the SMTP password or revoke the app password / SMTP credential at the mail provider.',
    ),
  }),
];
