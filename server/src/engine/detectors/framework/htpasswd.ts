/**
 * Plaintext passwords in htpasswd files and on `htpasswd -b` command lines. None has a prefix, so the pattern
 * is anchored on the framework's own setting name, and template / placeholder values (the framework's own
 * defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import { PASSWORD_CHECKS, defineDetector, frameworkGuide, isPasswordHash, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'htpasswd.plaintext',
    title: 'Plaintext password in an htpasswd file',
    // A .htpasswd file holds only `user:hash` lines: no keyword, the file name decides.
    keywords: [],
    scope: 'document',
    paths: /(?:^|[/\\])(?:\.?htpasswd|[^/\\]*\.htpasswd|\.?htpasswd[._-][^/\\]*)$/i,
    // `user:password` where the password is not one of the formats htpasswd writes
    // (bcrypt `$2y$`, `$apr1$`, `{SHA}`, crypt(3) `$1$`/`$5$`/`$6$`, 13-char DES crypt).
    // nginx also accepts `{PLAIN}password` (plaintext by definition): the highlight is the password.
    pattern: /(?<=^|\n)(?<username>[A-Za-z0-9_.@+-]{1,64}):(?:\{PLAIN\})?(?<secret>[^\s:]{3,128})(?=\r?\n|$)/,
    post: [isPasswordHash, ({ value }) => (/^[./0-9A-Za-z]{13}$/.test(value) ? 'DES crypt hash' : undefined), ...PASSWORD_CHECKS],
    guide: frameworkGuide(
      'Logs in to the basic-auth protected site or endpoint as that user.',
      'Change the password with `htpasswd -B <file> <user>` (bcrypt) — never store plaintext — and redeploy the file.',
      'https://httpd.apache.org/docs/current/programs/htpasswd.html',
    ),
  }),
  defineDetector({
    id: 'htpasswd.command-password',
    title: 'Password on an htpasswd -b command line',
    keywords: ['htpasswd'],
    // `htpasswd -b[c|B|n] [file] user password` (batch mode takes the password as the last argument).
    pattern:
      /(?<![A-Za-z0-9_-])htpasswd(?<_flags>(?:[ \t]+-[A-Za-z]{1,6}){1,4})(?:[ \t]+(?<_file>[^\s-][^\s]{0,200}))?[ \t]+(?<username>[^\s"'-][^\s"']{0,63})[ \t]+(?<_q>["']?)(?<secret>[^\s"'$][^\s"']{2,127})(?=["'\s]|$)/,
    post: [
      ({ groups }) => (/b/.test(groups._flags ?? '') ? undefined : 'not batch mode'),
      ({ groups }) =>
        /n/.test(groups._flags ?? '') === (groups._file === undefined) ? undefined : 'argument count does not fit the flags',
      ...PASSWORD_CHECKS,
    ],
    guide: frameworkGuide(
      'Logs in to the basic-auth protected site as that user; command lines also land in image layers, shell history and CI logs.',
      'Change the password (`htpasswd -B <file> <user>` interactively) and rebuild images that ran the command.',
    ),
  }),
];
