/**
 * Secrets written into the environment or system properties by a setter call, which the assignment
 * patterns of generic.ts do not read (the name and the value are call arguments):
 * `System.setProperty("API_TOKEN", "…")` (Java, Kotlin), `os.Setenv("DB_PASSWORD", "…")` (Go),
 * `os.environ.setdefault("APP_SECRET", "…")` / `os.putenv(…)` (Python), `Environment.SetEnvironmentVariable`
 * (.NET), `env::set_var` (Rust), `setenv("X", "…", 1)` / `putenv("X=…")` (C, PHP). `os.environ["X"] = "…"`,
 * `ENV["X"] = "…"` and `process.env.X = "…"` are assignments, already generic.secret / generic.password's.
 * Generic: the name says what the value is, nothing in the value proves it.
 */
import {
  GENERIC_BASE,
  hasSecretName,
  isNotAPassword,
  isNotRandomEnough,
  isUuidWithWeakName,
  nameWords,
} from '../../post-validators/generic.js';
import { firstReason } from '../../post-validators/values.js';
import { defineDetector, type Detector, type PostValidator } from '../kit/index.js';

const PASSWORD_WORD = /(?:password|passwd|passphrase|pwd)$|^pass(?:word|wd|phrase)?$/;
const SECRET_WORD =
  /^(?:secrets?|tokens?|apikey|apitoken|accesstoken|authtoken|accesskey|secretkey|privatekey|signingkey|credentials?|auth|authkey)$|secret$|token$/;

const hasPasswordName = hasSecretName((word) => PASSWORD_WORD.test(word));
/** `…_KEY` counts when a word before it makes it a credential (`API_KEY`, `ENCRYPTION_KEY`), not `KEY` alone. */
const hasCredentialName = hasSecretName((word, index) => SECRET_WORD.test(word) || (word === 'key' && index > 0));
const PASSWORD_CHECKS: readonly PostValidator[] = [hasPasswordName, isNotAPassword];
const SECRET_CHECKS: readonly PostValidator[] = [hasCredentialName, isUuidWithWeakName, isNotRandomEnough(16, 3.2)];

/** Password names get the human-password checks (low entropy allowed), other names the random-secret checks. */
const isNotASecretForItsName: PostValidator = (candidate) =>
  firstReason(nameWords(candidate.groups.name ?? '').some((word) => PASSWORD_WORD.test(word)) ? PASSWORD_CHECKS : SECRET_CHECKS, candidate);

const SETTER = String.raw`(?:System\.setProperty|(?<![A-Za-z0-9_])(?:os|t|b)\.Setenv|os\.environ\.setdefault|os\.putenv|monkeypatch\.setenv|Environment\.SetEnvironmentVariable|(?<![A-Za-z0-9_.>:])(?:(?:std::)?env::set_var|setenv|putenv))`;

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'env-setter.secret',
    title: 'Secret set through an environment / system-property setter call',
    kind: 'generic',
    keywords: ['setproperty', 'setenv', 'setdefault', 'putenv', 'set_var', 'setenvironmentvariable'],
    // `setter("NAME", "value")` or `putenv("NAME=value")`; the name's opening quote is `_quote`.
    pattern: () =>
      new RegExp(
        String.raw`${SETTER}\(\s*(?<_quote>["'\`])(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,80})(?:["'\`]\s*,\s*["'\`]|=)(?<secret>[^"'\`\r\n]{1,200})["'\`]`,
      ),
    post: [...GENERIC_BASE, isNotASecretForItsName],
    guide: {
      grants:
        'Whatever the named credential opens: an API key, token or password that the program hands to a client library through the environment or a system property.',
      revoke:
        'Find the service the name refers to, rotate the credential there and check its audit log for use since the commit; then remove the literal from the code and its history.',
      store:
        'Set the variable outside the program (deployment environment, CI secrets, a secret manager) and read it there; do not seed it with a literal default in code.',
    },
  }),
];
