/**
 * Credentials in URLs: `scheme://user:password@host` for any scheme (URI userinfo, RFC 3986 §3.2.1).
 *
 * A broad format: `precedence: -1`, so that a provider's own detector (a GitHub token in a URL, a
 * database URI, a Stripe key in a Basic header) wins de-duplication.
 */
import {
  GIT_CREDENTIALS_PATH,
  URI_PASSWORD_CHECKS,
  credentialGuide,
  defineDetector,
  shorterThan,
  uriPattern,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** `http://localhost:3000@evil`: a port number is not a password. */
const isPortNumber: PostValidator = ({ value }) => (/^\d{1,5}$/.test(value) ? 'port number' : undefined);

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'url.basic-auth',
    title: 'Password in a URL',
    keywords: ['://'],
    // `scheme://user:password@host` for any scheme (URI userinfo, RFC 3986 §3.2.1); database and
    // provider detectors win de-duplication.
    pattern: () => uriPattern('[A-Za-z][A-Za-z0-9.-]{1,30}', { driverSuffix: true }),
    post: [
      ...URI_PASSWORD_CHECKS,
      isPortNumber,
      shorterThan(4),
      ({ path }) => (path !== undefined && GIT_CREDENTIALS_PATH.test(path) ? 'git.credentials reports it' : undefined),
    ],
    precedence: -1,
    guide: credentialGuide(
      'Logs in to that host as the user in the URL (URLs end up in logs, shell history, browser history and proxies).',
      "Change the account's password or revoke the token used as the password at the host, then use a credential helper or environment variables instead.",
    ),
  }),
];
