/**
 * `.netrc` machine credentials (ftp(1), curl, git, pip).
 *
 * A broad format: `precedence: -1`, so that a provider's own detector (a GitHub token in a URL, a
 * database URI, a Stripe key in a Basic header) wins de-duplication.
 */
import { PASSWORD_CHECKS, credentialGuide, defineDetector, shorterThan, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'netrc.credentials',
    title: '.netrc machine credentials',
    keywords: ['machine'],
    scope: 'document',
    // `machine <host> login <user> password <pw>` (one line or several; ftp(1) / curl / git netrc).
    pattern:
      /(?<![A-Za-z0-9_-])(?:machine[ \t]+(?<host>[^\s"'#]{1,253})|default)(?:\s{1,20}(?:login[ \t]+(?<username>[^\s"']{1,128})|account[ \t]+[^\s"']{1,128}|port[ \t]+\d{1,5})){0,3}\s{1,20}password[ \t]+(?<secret>[^\s"']{1,256})/,
    post: [
      ...PASSWORD_CHECKS,
      shorterThan(3),
      ({ groups }) => (groups.username || /\./.test(groups.host ?? '') ? undefined : 'no login and no host name (prose)'),
      ({ groups }) => (/^(?:anonymous|ftp)$/i.test(groups.username ?? '') ? 'anonymous login' : undefined),
    ],
    precedence: -1,
    guide: credentialGuide(
      'Logs in to the listed hosts (FTP, HTTP APIs, git remotes used by curl, git and pip) as those users.',
      'Change each password / revoke each token listed, delete the file from the repository, and keep `~/.netrc` only on the machine (mode 600).',
    ),
  }),
];
