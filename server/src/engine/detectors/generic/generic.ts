/**
 * Generic detectors (ENGINE.md): what specific detectors miss — a high-entropy value assigned to a
 * secret-like name, and passwords assigned to password fields (including low-entropy human
 * passwords such as `Summer2024!`, which are real leaks). Lowest precision, strongest filters
 * (post-validators/generic.ts). Specific detectors win de-duplication over these.
 */
import { GENERIC_BASE, hasSecretName, isNotAPassword, isNotRandomEnough, isUuidWithWeakName } from '../../post-validators/generic.js';
import {
  alsoDecoded,
  isCredentialWordIdentifier,
  isDecoratedCredentialWord,
  isWholeSequence,
  isWordBuiltPassword,
} from '../../post-validators/defaults.js';
import { isPlaceholder } from '../../post-validators/values.js';
import { defineDetector, type Detector, type DetectorGuide, type PostValidator } from '../kit/index.js';

/**
 * Name, separator and value, shared by the generic detectors:
 * - name: an identifier, possibly quoted or bracketed (`"password"`, `ENV["PASSWORD"]`, `:password`);
 * - separator: `=`, `:`, `:=`, `=>`, a type annotation (`: str =`), or spaces (`#define PASS "x"`,
 *   `insecure-password x`), optionally followed by one line break (YAML/Elixir values on the next line);
 * - value: quoted (any characters but quotes, spaces allowed so prose can be rejected) or unquoted
 *   (up to whitespace, quote, comma or semicolon). The opening quote is group `_quote`.
 */
function assignmentPattern(nameFragment: string): RegExp {
  // The look-behind makes every position inside an identifier fail at once (a big speed-up).
  // A name inside a path (`/etc/passwd:/etc/passwd:ro`, `./secrets/db_password.txt`) is a file, not a setting.
  const name = `(?<![A-Za-z0-9_./-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${nameFragment})[A-Za-z0-9_.-]{0,30})`;
  // Whitespace runs are bounded and never two in a row: `[ \t]+[ \t]*` over a long run of
  // spaces would backtrack quadratically.
  // Quotes may be escaped: `\"access_token\":\"…\"` in JSON inside a string, a notebook's source lines.
  const separator =
    `(?:\\\\{1,3}["']|["'\\]]){0,2}` +
    `(?<_sep>[ \\t]{0,16}(?::[ \\t]{0,16}[A-Za-z_][\\w.]{0,20}(?:<[^<>\\n]{0,20}>)?\\??[ \\t]{0,16}=|:=|=>|->|=|:)|[ \\t]{1,16}(?![ \\t]))` +
    // …then the value: on the next line (YAML, Elixir, a Python parenthesis), inside an ARM/Bicep
    // parameter object (`{ "value": "…" }`), or wrapped in a call (`SecretStr("…")`).
    `(?:[ \\t]{0,16}(?:\\(?[ \\t]{0,16}\\r?\\n[ \\t]{0,40}(?=["'])|\\{[ \\t]{0,16}"value"[ \\t]{0,16}:[ \\t]{0,16}|[A-Za-z]{1,20}\\(\\s{0,3})|(?<=[=:>])[ \\t]{0,16})?`;
  // An escaped opening quote (`_esc`) needs the same escaped quote to close the value (`secret2`).
  const value =
    `(?<_esc>\\\\{1,3}(?=["']))?(?<_quote>["'\`]?)(?:(?<secret2>(?<=\\\\["'])[^"'\`\\\\\\r\\n]{1,200}(?=\\\\{1,3}["']))|` +
    `(?<secret>(?<=["'\`])[^"'\`\\r\\n]{1,200}(?=["'\`])|(?<!["'\`])[^\\s"'\`,;<>]{1,200}))`;
  return new RegExp(`${name}${separator}${value}`, 'i');
}

const PASSWORD_NAME = 'pass(?:word|wd|phrase)?|pwd|psk|passwort|contrasena|senha';
const SECRET_NAME =
  'secret|token|pepper|api[_-]?key|apikey|access[_-]?key|auth|credential|private[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|session[_-]?key|app[_-]?key|client[_-]?key|license[_-]?key|webhook[_-]?key|[_.-]key';

const PASSWORD_WORD = /(?:pass(?:word|wd|phrase)?|pwd|psk|passwort|contrasena|senha)$|^pass(?:word|wd|phrase)/;
const SECRET_WORD =
  /^(?:secrets?|tokens?|apikey|apitoken|accesstoken|authtoken|accesskey|secretkey|privatekey|signingkey|credentials?|auth|authkey|bearer|pepper)$|secret$|token$/;

const hasPasswordName = hasSecretName((word) => PASSWORD_WORD.test(word));
/** `…_key` names count when a word before `key` makes it a credential (`api_key`, `ENCRYPTION_KEY`, `X-Api-Key`). */
const hasCredentialName = hasSecretName((word, index) => SECRET_WORD.test(word) || (word === 'key' && index > 0));

const passwordGuide: DetectorGuide = {
  grants:
    'Whoever reads this password can log in as the account it belongs to — often a database, a server, a mailbox or an admin console, and every other system where it was reused.',
  revoke:
    'Change the password at the system it belongs to (and anywhere it was reused), check the access logs for use since it was committed, then remove it from the code and the git history.',
  store:
    'Read it from an environment variable or a secret manager (Vault, AWS Secrets Manager, 1Password, Doppler …) at run time; keep `.env` files out of git.',
};

const secretGuide: DetectorGuide = {
  grants:
    'A high-entropy value assigned to a secret-like name: an API key, token or signing secret whose power depends on the service it belongs to.',
  revoke: "Find the service that issued it, rotate or revoke it there, and check the service's audit log for use since it was committed.",
  store:
    'Load it from the environment or a secret manager at run time; commit only the variable name (e.g. `.env.example` with empty values).',
};

/** `apiPassword: c3RvcmFnZW9z` (a Secret manifest's Base64): the decoded text must pass as a password too. */
const isDecodedNonPassword = alsoDecoded([
  isPlaceholder,
  isNotAPassword,
  isWordBuiltPassword,
  isCredentialWordIdentifier,
  isDecoratedCredentialWord,
  isWholeSequence,
]);
const PASSWORD_VALIDATORS: readonly PostValidator[] = [hasPasswordName, ...GENERIC_BASE, isNotAPassword, isDecodedNonPassword];
const SECRET_VALIDATORS: readonly PostValidator[] = [hasCredentialName, ...GENERIC_BASE, isUuidWithWeakName, isNotRandomEnough(16, 3.2)];

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'generic.password',
    title: 'Hard-coded password',
    kind: 'generic',
    keywords: ['pass', 'pwd', 'psk', 'senha', 'contrasena'],
    pattern: () => assignmentPattern(PASSWORD_NAME),
    post: PASSWORD_VALIDATORS,
    guide: passwordGuide,
  }),
  defineDetector({
    id: 'generic.secret',
    title: 'Hard-coded secret or token',
    kind: 'generic',
    keywords: ['secret', 'token', 'key', 'auth', 'credential', 'bearer', 'pepper'],
    pattern: () => assignmentPattern(SECRET_NAME),
    post: SECRET_VALIDATORS,
    guide: secretGuide,
  }),
  defineDetector({
    id: 'generic.hcl-variable-default',
    title: 'Secret as a Terraform/Packer variable default',
    kind: 'generic',
    keywords: ['variable'],
    scope: 'document',
    // `variable "db_password" { … default = "…" }`: the name is in the block header, the value a few lines below.
    pattern: () =>
      new RegExp(
        `variable\\s{1,5}"(?<name>[^"\\n]{0,60}(?:${PASSWORD_NAME}|${SECRET_NAME})[^"\\n]{0,40})"\\s{0,5}\\{[^{}]{0,400}?\\bdefault\\s{0,5}=\\s{0,5}(?<_quote>")(?<secret>[^"\\r\\n]{1,200})"`,
        'i',
      ),
    post: [hasSecretName((word) => PASSWORD_WORD.test(word) || SECRET_WORD.test(word) || word === 'key'), ...GENERIC_BASE, isNotAPassword],
    guide: passwordGuide,
  }),
  defineDetector({
    id: 'generic.cli-credential',
    title: 'Token or key in a command-line flag',
    kind: 'generic',
    keywords: ['--auth', '--token', '--secret', '--api-key', '--apikey', '--access-token'],
    // `--auth=…`, `--token …`, `--api-key=…` in scripts, CI files and build configs (upload tools,
    // CLIs). Password flags (`--password`, `mysql -p'…'`) have their own specific detectors.
    pattern:
      /(?<![\w-])--(?<name>auth|token|secret|api-?key|access-token|auth-token)(?:=|[ \t]+)(?<_quote>["']?)(?<secret>[^\s"'`;|&<>$]{6,200})/,
    post: [
      ...GENERIC_BASE,
      isNotAPassword,
      ({ value }) => (/\d/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'not a credential-looking value'),
    ],
    guide: secretGuide,
  }),
  defineDetector({
    id: 'generic.oauth-client-secret',
    title: 'OAuth client secret (with its client id)',
    kind: 'generic',
    keywords: ['client_secret', 'clientsecret', 'client-secret', 'client.secret'],
    // An OAuth client secret for any provider, reported with the client id next to it (ENGINE.md:
    // OAuth client id + secret is one multi-part finding). More parts than generic.secret, so it wins
    // de-duplication; provider-specific detectors still win over it.
    pattern: () => assignmentPattern('client[_.-]?secret'),
    post: SECRET_VALIDATORS,
    companions: [
      {
        name: 'client_id',
        pattern: /client[_.-]?id["'\]]{0,2}[ \t]{0,16}(?:=|:|=>)[ \t]{0,16}["']?(?<value>[A-Za-z0-9._@-]{6,120})/i,
        withinLines: 4,
      },
    ],
    requireCompanion: true,
    guide: {
      grants:
        "With the client id, the secret lets anyone act as your OAuth application: exchange authorization codes, mint tokens for the users who authorised it, and call APIs with the app's grants.",
      revoke:
        "In the identity provider's console (Okta, Auth0, Entra ID, Keycloak, Google …) open the application, generate a new client secret, deploy it, then delete the old one.",
      store: secretGuide.store!,
    },
  }),
];
