/**
 * Passwords in `--password` style command-line flags (wget, docker login, az, helm repo add …).
 *
 * A broad format: `precedence: -1`, so that a provider's own detector (a GitHub token in a URL, a
 * database URI, a Stripe key in a Basic header) wins de-duplication.
 */
import { PASSWORD_CHECKS, credentialGuide, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cli.password-flag',
    title: 'Password in a --password command-line flag',
    keywords: [
      '--password',
      '--passwd',
      '--http-password',
      '--ftp-password',
      '--proxy-password',
      '--db-password',
      '--admin-password',
      '--root-password',
      '--registry-password',
      '--client-secret',
    ],
    // `tool --password=<literal>` / `--password <literal>` (wget, docker login, az, helm repo add, …);
    // tool-specific detectors win de-duplication.
    pattern:
      /(?<![A-Za-z0-9_-])--(?:[a-z]{1,20}-)?(?:password|passwd|client-secret)(?:=|[ \t]+)(?<_q>["']?)(?<secret>[^\s"'`$-][^\s"'`]{2,127})/,
    post: [
      ...PASSWORD_CHECKS,
      ({ value }) => (/^[a-z]+(?:[-_][a-z]+)*$/.test(value) && value.length < 16 ? 'plain words (likely prose)' : undefined),
    ],
    precedence: -1,
    guide: credentialGuide(
      'Logs in to the service the command talks to; command lines land in shell history, CI logs and process lists.',
      'Change the password / rotate the secret at that service and pass it through an environment variable or `--password-stdin`.',
    ),
  }),
];
