/**
 * Generic detectors (ENGINE.md): what specific detectors miss — a high-entropy value assigned to a
 * secret-like name, and passwords assigned to password fields (including low-entropy human
 * passwords such as `Summer2024!`, which are real leaks). Lowest precision, strongest filters
 * (post-validators/generic.ts). Specific detectors win de-duplication over these.
 */
import { fake } from '../fake.js';
import { B62, B64, HEX } from '../patterns.js';
import { GENERIC_BASE, hasSecretName, isNotAPassword, isNotRandomEnough, isUuidWithWeakName } from '../post-validators/generic.js';
import type { Detector, DetectorGuide, PostValidator } from '../types.js';

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
  const name = `(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${nameFragment})[A-Za-z0-9_.-]{0,30})`;
  // Whitespace runs are bounded and never two in a row: `[ \t]+[ \t]*` over a long run of
  // spaces would backtrack quadratically.
  const separator =
    `["'\\]]{0,2}` +
    `(?<_sep>[ \\t]{0,16}(?::[ \\t]{0,16}[A-Za-z_][\\w.]{0,20}(?:<[^<>\\n]{0,20}>)?\\??[ \\t]{0,16}=|:=|=>|->|=|:)|[ \\t]{1,16}(?![ \\t]))` +
    // …then the value: on the next line (YAML, Elixir, a Python parenthesis), inside an ARM/Bicep
    // parameter object (`{ "value": "…" }`), or wrapped in a call (`SecretStr("…")`).
    `(?:[ \\t]{0,16}(?:\\(?[ \\t]{0,16}\\r?\\n[ \\t]{0,40}(?=["'])|\\{[ \\t]{0,16}"value"[ \\t]{0,16}:[ \\t]{0,16}|[A-Za-z]{1,20}\\(\\s{0,3})|(?<=[=:>])[ \\t]{0,16})?`;
  const value = `(?<_quote>["'\`]?)(?<secret>(?<=["'\`])[^"'\`\\r\\n]{1,200}(?=["'\`])|(?<!["'\`])[^\\s"'\`,;<>]{1,200})`;
  return new RegExp(`${name}${separator}${value}`, 'i');
}

const PASSWORD_NAME = 'pass(?:word|wd|phrase)?|pwd|psk|passwort|contrasena|senha';
const SECRET_NAME = 'secret|token|api[_-]?key|apikey|access[_-]?key|auth|credential|private[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|session[_-]?key|app[_-]?key|client[_-]?key|license[_-]?key|webhook[_-]?key|[_.-]key';

const PASSWORD_WORD = /(?:pass(?:word|wd|phrase)?|pwd|psk|passwort|contrasena|senha)$|^pass(?:word|wd|phrase)/;
const SECRET_WORD = /^(?:secrets?|tokens?|apikey|apitoken|accesstoken|authtoken|accesskey|secretkey|privatekey|signingkey|credentials?|auth|authkey|bearer)$|secret$|token$/;

const hasPasswordName = hasSecretName((word) => PASSWORD_WORD.test(word));
/** `…_key` names count when a word before `key` makes it a credential (`api_key`, `ENCRYPTION_KEY`, `X-Api-Key`). */
const hasCredentialName = hasSecretName((word, index) => SECRET_WORD.test(word) || (word === 'key' && index > 0));

const passwordGuide: DetectorGuide = {
  grants: 'Whoever reads this password can log in as the account it belongs to — often a database, a server, a mailbox or an admin console, and every other system where it was reused.',
  revoke: 'Change the password at the system it belongs to (and anywhere it was reused), check the access logs for use since it was committed, then remove it from the code and the git history.',
  store: 'Read it from an environment variable or a secret manager (Vault, AWS Secrets Manager, 1Password, Doppler …) at run time; keep `.env` files out of git.',
};

const secretGuide: DetectorGuide = {
  grants: 'A high-entropy value assigned to a secret-like name: an API key, token or signing secret whose power depends on the service it belongs to.',
  revoke: 'Find the service that issued it, rotate or revoke it there, and check the service\'s audit log for use since it was committed.',
  store: 'Load it from the environment or a secret manager at run time; commit only the variable name (e.g. `.env.example` with empty values).',
};

const PASSWORD_VALIDATORS: readonly PostValidator[] = [hasPasswordName, ...GENERIC_BASE, isNotAPassword];
const SECRET_VALIDATORS: readonly PostValidator[] = [hasCredentialName, ...GENERIC_BASE, isUuidWithWeakName, isNotRandomEnough(16, 3.2)];

export const detectors: Detector[] = [
  {
    id: 'generic.password',
    title: 'Hard-coded password',
    kind: 'generic',
    keywords: ['pass', 'pwd', 'psk', 'senha', 'contrasena'],
    keywordScope: 'line',
    pattern: assignmentPattern(PASSWORD_NAME),
    post: PASSWORD_VALIDATORS,
    examples: {
      positive: [
        'KIOSK_PASSWORD=«Summer2024!»',
        `admin_password: "«${fake(B62, 18, 'pw1')}»"`,
        `{"password": "«${fake(B62, 16, 'pw2')}»"}`,
        `private const SFTP_PASSWORD = '«Depot-Gateway-77»';`,
        `#define MQTT_PASS       "«${fake(B62, 20, 'pw3')}»"`,
        `jwt_passphrase: str = "«${fake(B62, 24, 'pw4')}»"`,
        `ENV["MATCH_PASSWORD"] = "«${fake(B62, 20, 'pw5')}»"`,
        `user ops insecure-password «${fake(B62, 16, 'pw6')}»`,
        { text: `password:\n  "«${fake(B62, 20, 'pw7')}»"`, path: 'config/runtime.exs' },
      ],
      negative: [
        'DB_PASSWORD=${DB_PASSWORD}',
        'password = os.environ["DB_PASSWORD"]',
        { text: 'password = get_password()', path: 'app.py' },
        { text: 'password = user.password', path: 'app.py' },
        'password: "<your-password>"',
        'password_reset_url = "https://example.com/reset"',
        '"password_label": "Enter your password"',
        'password: "changeme"',
        'password_hash = "$2b$12$abcdefghijklmnopqrstuuOjvB9mXW5YdVr3aLZ9mJ6m1o9v7Hh6S"',
        'PASSENGER_COUNT=12',
        'compass_heading = "north-north-west"',
        'password: ********',
        'proxy_pass          http://backend:8000;',
        '#       password: some_pass',
        'pass: "another_pw"',
        'master_password = "MySuperStrongPassword!"',
        { text: 'manage_master_user_password = !local.is_replica && var.manage', path: 'main.tf' },
        '## If true, pass --storage.tsdb.retention.time=12h to prometheus.',
        "-d 'username=alice&password=alice&grant_type=password'",
      ],
    },
    guide: passwordGuide,
  },
  {
    id: 'generic.secret',
    title: 'Hard-coded secret or token',
    kind: 'generic',
    keywords: ['secret', 'token', 'key', 'auth', 'credential', 'bearer'],
    keywordScope: 'line',
    pattern: assignmentPattern(SECRET_NAME),
    post: SECRET_VALIDATORS,
    examples: {
      positive: [
        `REPORTING_SECRET=«${fake(B64, 43, 's1')}=»`,
        `partner_shared_secret = "«${fake(B64, 43, 's2')}=»"`,
        `private val feedApiKey = "«${fake(B62, 32, 's3').toLowerCase()}»"`,
        `X-Api-Key: «${fake(B62, 40, 's4')}»`,
        `LEGACY_API_SECRET=«${fake(HEX, 32, 's5')}»`,
        `partner_token = "«${'d1f0c6a2-7b3e-4c1d-9a8e-5f2b6c7d8e9f'}»"`,
      ],
      negative: [
        'SECRET_KEY=${SECRET_KEY}',
        'api_key = os.getenv("API_KEY")',
        { text: 'token = request.headers.get("Authorization")', path: 'app.py' },
        'tenant_id = "d1f0c6a2-7b3e-4c1d-9a8e-5f2b6c7d8e9f"',
        'max_tokens = 4096',
        'public_key = "BPUBLICKEYBASE64xyzxyzxyzxyzxyz"',
        'secretKeyRef: { name: app-secrets, key: api-token }',
        'cache_key = "user-profile-v2-settings"',
        `"integrity": "sha512-${fake(B64, 86, 'int')}=="`,
        'auth_token: "your-api-token-here"',
        'secret_name = "prod/payments/stripe"',
        'PUSH_CREDENTIALS = "aggregator.utils.push_credentials"',
        '{{- if or .Values.imagePullSecrets .Values.global.imagePullSecrets }}',
        "'multicluster_key': '.Values.grafana.sidecar.dashboards.multicluster.global.enabled',",
        'apiToken: "YourPingdomToken"',
        'kubectl create secret generic ceph-secret-admin --from-literal=key=abc',
        '$ gcloud auth application-default login',
        '"    openai_api_key=OPENAI_API_KEY\\n",',
        '"AlphaZero\\\\nautoregressive\\\\ntoken generation\\\\nTransformer\\\\nRL\\\\nstructure\\\\n",',
        '"AlphaZero\\nautoregressive\\ntoken generation\\nTransformer\\nValue model\\n",',
        'signed_url=https://storage.googleapis.com/b/f.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc-1%40proj-2.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=1',
      ],
    },
    guide: secretGuide,
  },
  {
    id: 'generic.hcl-variable-default',
    title: 'Secret as a Terraform/Packer variable default',
    kind: 'generic',
    keywords: ['variable'],
    // `variable "db_password" { … default = "…" }`: the name is in the block header, the value a few lines below.
    pattern: new RegExp(`variable\\s{1,5}"(?<name>[^"\\n]{0,60}(?:${PASSWORD_NAME}|${SECRET_NAME})[^"\\n]{0,40})"\\s{0,5}\\{[^{}]{0,400}?\\bdefault\\s{0,5}=\\s{0,5}(?<_quote>")(?<secret>[^"\\r\\n]{1,200})"`, 'i'),
    post: [hasSecretName((word) => PASSWORD_WORD.test(word) || SECRET_WORD.test(word) || word === 'key'), ...GENERIC_BASE, isNotAPassword],
    examples: {
      positive: [`variable "ssh_password" {\n  type      = string\n  sensitive = true\n  default   = "«ubuntu-build-2024»"\n}`],
      negative: ['variable "ssh_password" {\n  type    = string\n  default = ""\n}', 'variable "region" {\n  default = "eu-west-1"\n}'],
    },
    guide: passwordGuide,
  },
  {
    id: 'generic.cli-credential',
    title: 'Token or key in a command-line flag',
    kind: 'generic',
    keywords: ['--auth', '--token', '--secret', '--api-key', '--apikey', '--access-token'],
    keywordScope: 'line',
    // `--auth=…`, `--token …`, `--api-key=…` in scripts, CI files and build configs (upload tools,
    // CLIs). Password flags (`--password`, `mysql -p'…'`) have their own specific detectors.
    pattern: /(?<![\w-])--(?<name>auth|token|secret|api-?key|access-token|auth-token)(?:=|[ \t]+)(?<_quote>["']?)(?<secret>[^\s"'`;|&<>$]{6,200})/,
    post: [...GENERIC_BASE, isNotAPassword, ({ value }) => (/\d/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'not a credential-looking value')],
    examples: {
      positive: ['upload_flags =\n    --port=3232\n    --auth=«B8pckAy3oFDKfr»', `deploy-cli push --token «${fake(B62, 24, 'cli1')}» --env prod`],
      negative: ['--token=$DEPLOY_TOKEN', '--token "${{ secrets.DEPLOY_TOKEN }}"', '--auth=basic', '--secret-file=/run/secrets/db'],
    },
    guide: secretGuide,
  },
  {
    id: 'generic.oauth-client-secret',
    title: 'OAuth client secret (with its client id)',
    kind: 'generic',
    keywords: ['client_secret', 'clientsecret', 'client-secret', 'client.secret'],
    keywordScope: 'line',
    // An OAuth client secret for any provider, reported with the client id next to it (ENGINE.md:
    // OAuth client id + secret is one multi-part finding). More parts than generic.secret, so it wins
    // de-duplication; provider-specific detectors still win over it.
    pattern: assignmentPattern('client[_.-]?secret'),
    post: SECRET_VALIDATORS,
    companions: [{ name: 'client_id', pattern: /client[_.-]?id["'\]]{0,2}[ \t]{0,16}(?:=|:|=>)[ \t]{0,16}["']?(?<value>[A-Za-z0-9._@-]{6,120})/i, withinLines: 4 }],
    requireCompanion: true,
    examples: {
      positive: [`OIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=«${fake(B62, 40, 'oauth1')}»`, `oauth:\n  client_id: "${fake(HEX, 20, 'oauth-id')}"\n  client_secret: "«${fake(B64, 44, 'oauth2')}»"`],
      negative: [`OIDC_CLIENT_SECRET=${fake(B62, 40, 'oauth3')}`, 'OIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}'],
    },
    guide: {
      grants: 'With the client id, the secret lets anyone act as your OAuth application: exchange authorization codes, mint tokens for the users who authorised it, and call APIs with the app\'s grants.',
      revoke: 'In the identity provider\'s console (Okta, Auth0, Entra ID, Keycloak, Google …) open the application, generate a new client secret, deploy it, then delete the old one.',
      store: secretGuide.store!,
    },
  },
];
