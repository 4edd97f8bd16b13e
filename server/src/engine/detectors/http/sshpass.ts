/** Passwords given to `sshpass -p` (sshpass(1): -p takes the password itself). */
import { PASSWORD_CHECKS, credentialGuide, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sshpass.password',
    title: 'Password passed to sshpass -p',
    keywords: ['sshpass'],
    // `sshpass -p <password> ssh …` (sshpass(1): -p takes the password itself; -e / -f do not).
    pattern: /(?<![A-Za-z0-9_-])sshpass[ \t]+(?:-[A-Za-z][ \t]+\S+[ \t]+){0,3}-p[ \t]*(?<_q>["']?)(?<secret>[^\s"'$-][^\s"']{2,127})/,
    post: [...PASSWORD_CHECKS],
    guide: credentialGuide(
      'Logs in over SSH to the target host as that user.',
      "Change the account's password on the host, switch to SSH keys (or a secret injected at run time), and check the host's auth logs.",
    ),
  }),
];
