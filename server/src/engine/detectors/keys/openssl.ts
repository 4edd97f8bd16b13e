/**
 * Pass phrases given to OpenSSL on the command line (openssl-passphrase-options(1)): `-passin pass:…`,
 * `-passout pass:…`, `-pass pass:…`, `-password pass:…` (pkcs12, req, rsa, genpkey, enc, smime …) and the
 * legacy `openssl enc -k <password>`. Only the `pass:` form carries the secret itself; `env:`, `file:`,
 * `fd:` and `stdin` point elsewhere and are the recommended forms.
 */
import { defineDetector, type Detector, type PostValidator } from '../kit/index.js';

/** `pass:$PASS`, `pass:${KEY_PASSWORD}`, `pass:%KEYPASS%`: the shell fills these in. */
const isShellVariable: PostValidator = ({ value }) => (/^(?:\$|%[A-Za-z_]\w*%$)/.test(value) ? 'shell variable' : undefined);

/** Sample pass phrases of man pages and tutorials: `pass:password`, `pass:1234`, `pass:changeit`. */
const isSamplePassphrase: PostValidator = ({ value }) =>
  /^(?:pass(?:word|phrase)?|secret|changeit|changeme|test(?:ing)?|foo(?:bar)?|x+|1234(?:5(?:6(?:78?)?)?)?|abc123|mypass(?:word|phrase)?|passw0rd|p@ssw0rd)$/i.test(
    value,
  )
    ? 'sample pass phrase'
    : undefined;

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'openssl.passphrase-argument',
    title: 'Private-key pass phrase on an openssl command line (pass:…)',
    keywords: ['pass:', 'openssl'],
    // The flag and its argument are separated by blanks (shell) or by `", "` (argv lists in code).
    pattern:
      /(?:(?<![A-Za-z0-9_-])-(?:passin|passout|pass|password)(?:[ \t]+["']?|["'][ \t]*,[ \t]*["'])pass:|(?<![A-Za-z0-9_-])openssl[ \t]+enc\b[^\r\n|;&]{0,200}?[ \t]-k[ \t]+["']?)(?<secret>[^\s"'`][^\s"'`]{0,127})/,
    post: [isShellVariable, isSamplePassphrase],
    guide: {
      grants:
        'Decrypts the private key, PKCS#12 bundle or file it protects wherever a copy of that file exists (backups, artifacts, the repository itself); command lines also land in shell history, CI logs and process lists.',
      revoke:
        'Treat the protected key as exposed: issue a new key pair and certificate, revoke the old certificate at its CA, and re-encrypt with a pass phrase passed as `-passin env:VAR` or `file:` instead.',
      url: 'https://docs.openssl.org/master/man1/openssl-passphrase-options/',
      store: 'Pass it as `-passin env:KEY_PASS` / `-passout file:/run/secrets/key_pass` from a secret store, never as `pass:` in scripts.',
    },
  }),
];
