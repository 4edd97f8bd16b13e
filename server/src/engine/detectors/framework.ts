/**
 * Web-framework and application secrets (CREDENTIAL-FORMATS.md §10): session / cookie signing keys,
 * framework master keys, JWT signing secrets, ASP.NET machine keys, WordPress salts, htpasswd files.
 * None has a prefix, so every pattern is anchored on the framework's own setting name, and template /
 * placeholder values (the framework's own defaults included) are negatives.
 */
import { fake } from '../fake.js';
import { B62, B64, HEX, alphabet } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { PASSWORD_CHECKS, isDefaultDbPassword, isPasswordHash, secretAssignment, yamlNested } from './kit/index.js';

/** Case-insensitive regex fragment (letters → `[aA]`), keeping regex syntax. */
function ci(fragment: string): string {
  return fragment.replace(/\[[^\]]*\]|\\.|[A-Za-z]/g, (token) => (token.length === 1 ? `[${token.toLowerCase()}${token.toUpperCase()}]` : token));
}

/** Framework defaults and README samples (CREDENTIAL-FORMATS.md, known values). */
const DOCUMENTED_SECRETS = /^(?:keyboard cat|ThisTokenIsNotSoSecretChangeIt|ThisIsNotSoSecretChangeIt|your-256-bit-secret|your-secret-key|your_secret_key|secret[-_ ]?key|supersecret|super[-_ ]?secret(?:[-_ ]?key)?|shhhhh+(?:ared-secret)?|s3cr3t|mysecret(?:key)?|my[-_ ]?secret(?:[-_ ]?key)?|some[-_ ]?secret|development[-_ ]?secret|dev[-_ ]?secret|test[-_ ]?secret|secret|changeme|change[-_ ]?this|tobemodified\d*|toBeModified\d*|put your unique phrase here|SomeRandomString|random[-_ ]?string|insecure[-_ ]?key|default[-_ ]?secret)$/i;
const isDocumentedSecret: PostValidator = ({ value }) => (DOCUMENTED_SECRETS.test(value) ? 'framework default / documented sample' : undefined);

/** Strapi's generated `.env` uses `tobemodified` values; treat any list of them as a placeholder. */
const isToBeModified: PostValidator = ({ value }) => (/tobemodified/i.test(value) ? 'Strapi placeholder' : undefined);

/** `JWT_SECRET_FILE=/run/…`, `SECRET_KEY_NAME=…`: names that describe the secret rather than hold it. */
const isAboutTheSecret: PostValidator = ({ groups }) =>
  groups.name && /[_.-](?:file|path|env|var|name|ref|id|length|len|algorithm|alg|expiry|expires(?:_in)?|ttl|header|location|url|uri)$/i.test(groups.name) ? 'the name describes the secret, not the value' : undefined;

const SECRET_CHECKS: readonly PostValidator[] = [...PASSWORD_CHECKS, isDocumentedSecret, isToBeModified, isAboutTheSecret];

const store = 'Load it from the environment (injected by the platform or a secret manager) and commit only `.env.example`-style templates; generate a different value per environment.';

function guide(grants: string, revoke: string, url?: string): Detector['guide'] {
  return { grants, revoke, ...(url ? { url } : {}), store };
}

const sessionGrants = 'Forges session cookies and signed tokens: log in as any user (including admins) without a password; for some frameworks, turns deserialisation into remote code execution.';

/** Upper-case hex, as machineKey generators print it. */
const HEX_UPPER_ALPHA = alphabet('0-9A-F');

/** A Django `get_random_secret_key()`-shaped fake: 50 chars from Django's alphabet, template-free. */
const DJANGO = alphabet('a-z0-9!@#^&*_=+-');

/** Values that start on the same line as a variable reference / quoted template. */
const isPythonSettings = (path: string | undefined) => path !== undefined && /(?:^|[/\\])(?:settings|settings_[a-z]+|[a-z_]*settings)(?:[/\\][^/\\]+)?\.py$/i.test(path);

export const detectors: Detector[] = [
  {
    id: 'django.secret-key',
    title: 'Django SECRET_KEY',
    kind: 'specific',
    keywords: ['secret_key'],
    keywordScope: 'line',
    // `SECRET_KEY = '…'` in Django settings (50 chars of `get_random_secret_key()`'s alphabet, or the
    // `django-insecure-` prefix of `startproject`), or `DJANGO_SECRET_KEY=`.
    pattern: secretAssignment('(?:DJANGO_|django_)?SECRET_KEY', { prefix: false, min: 20, max: 200, value: String.raw`[^\s"'\`\\]` }),
    post: [
      ...SECRET_CHECKS,
      ({ value, groups, path, text }) =>
        /^django/i.test(groups.name ?? '') || value.startsWith('django-insecure-') || isPythonSettings(path) || /\bdjango\b/.test(text.slice(0, 20000)) ? undefined : 'no Django context',
    ],
    minEntropy: 3.5,
    examples: {
      positive: [
        // `django-insecure-…` keys match too, but the shared isPlaceholder currently rejects `insecure-`
        // (reported to the lead), so this example uses a regular key.
        { text: `SECRET_KEY = '«${fake(DJANGO, 50, 'dj1')}»'`, path: 'mysite/settings.py' },
        `DJANGO_SECRET_KEY=«${fake(DJANGO, 50, 'dj2')}»`,
        `from django.conf import global_settings\n\nSECRET_KEY = "«${fake(DJANGO, 50, 'dj3')}»"`,
      ],
      negative: [
        { text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", path: 'mysite/settings.py' },
        { text: "SECRET_KEY = env('SECRET_KEY')", path: 'mysite/settings.py' },
        'DJANGO_SECRET_KEY=your-secret-key',
        { text: `SECRET_KEY = "${fake(DJANGO, 50, 'dj4')}"`, path: 'app/config.py' },
      ],
    },
    guide: guide(
      `${sessionGrants} Django signs sessions, password-reset links and messages with it.`,
      'Generate a new key (`python -c "from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())"`), deploy it (optionally keep the old one in `SECRET_KEY_FALLBACKS` briefly), and expect sessions and reset links to be invalidated.',
      'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
    ),
  },
  {
    id: 'flask.secret-key',
    title: 'Flask secret key',
    kind: 'specific',
    keywords: ['secret_key'],
    keywordScope: 'line',
    // `app.secret_key = '…'`, `app.config['SECRET_KEY'] = '…'`, `FLASK_SECRET_KEY=` (Flask docs, Sessions).
    pattern: secretAssignment(String.raw`(?:app|application|server|flask_app|self\.app)\.(?:secret_key|config\[["']SECRET_KEY)|FLASK_SECRET_KEY`, { prefix: false, min: 8, max: 200, value: String.raw`[^\s"'\`\\]` }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    examples: {
      positive: [`app = Flask(__name__)\napp.secret_key = b"«${fake(HEX, 32, 'fl1')}»"`.replace('b"«', '"«'), `app.config["SECRET_KEY"] = "«${fake(B62, 32, 'fl2')}»"`, `FLASK_SECRET_KEY=«${fake(B62, 40, 'fl3')}»`],
      negative: ["app.secret_key = 'dev'", "app.secret_key = os.urandom(24)", "app.config['SECRET_KEY'] = os.environ.get('SECRET_KEY')", 'app.secret_key = "super secret key"'],
    },
    guide: guide(`${sessionGrants} Flask signs its session cookie with it.`, 'Generate a new key (`python -c "import secrets; print(secrets.token_hex())"`), deploy it; all sessions are invalidated.', 'https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY'),
  },
  {
    id: 'framework.secret-key',
    title: 'Application SECRET_KEY',
    kind: 'specific',
    keywords: ['secret_key'],
    keywordScope: 'line',
    // A bare `SECRET_KEY` (Django, Flask, Starlette, Superset, Airflow …) outside a known framework
    // context; Django / Flask detectors win when their context is present.
    pattern: secretAssignment('(?:APP_|APPLICATION_)?SECRET_KEY|secret_key', { prefix: false, min: 16, max: 200, value: String.raw`[^\s"'\`\\]` }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.2,
    precedence: -1,
    examples: {
      positive: [`SECRET_KEY=«${fake(B62, 48, 'sk1')}»`, `[webserver]\nsecret_key = «${fake(B64, 32, 'sk2')}»`],
      negative: ['SECRET_KEY=${SECRET_KEY}', 'SECRET_KEY=changeme', `AWS_SECRET_KEY=${fake(B62, 40, 'aws')}`, `SECRET_KEY_BASE=${fake(HEX, 128, 'skb')}`, 'secret_key = get_secret("app/secret_key")'],
    },
    guide: guide(sessionGrants, 'Generate a new random value, deploy it, and expect existing sessions and signed links to be invalidated.'),
  },
  {
    id: 'rails.secret-key-base',
    title: 'Rails secret_key_base',
    kind: 'specific',
    keywords: ['secret_key_base'],
    keywordScope: 'line',
    // 128 hex from `rails secret` (≥ 64 accepted): `secret_key_base:` (secrets.yml / credentials),
    // `config.secret_key_base = "…"`, `SECRET_KEY_BASE=`.
    pattern: secretAssignment(ci('secret_key_base'), { prefix: false, min: 64, max: 256, value: '[0-9a-f]' }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.5,
    examples: {
      positive: [`production:\n  secret_key_base: «${fake(HEX, 128, 'rk1')}»`, `SECRET_KEY_BASE=«${fake(HEX, 128, 'rk2')}»`, `config.secret_key_base = "«${fake(HEX, 128, 'rk3')}»"`],
      negative: ['production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', `SECRET_KEY_BASE=${'0'.repeat(128)}`],
    },
    guide: guide(`${sessionGrants} Rails derives the cookie-signing and encryption keys (and signed global IDs) from it.`, 'Generate a new value (`bin/rails secret`), deploy it via credentials or `SECRET_KEY_BASE`, and expect sessions to be invalidated.', 'https://guides.rubyonrails.org/security.html#custom-credentials'),
  },
  {
    id: 'rails.master-key',
    title: 'Rails master key',
    kind: 'specific',
    keywords: ['rails_master_key'],
    keywordScope: 'line',
    // `RAILS_MASTER_KEY=<32 hex>` (env, CI settings, Dockerfiles); the key file itself is rails.master-key-file's.
    pattern: /(?<![A-Za-z0-9_])RAILS_MASTER_KEY["']?[ \t]*(?::|=|=>)[ \t]*["']?(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])/,
    minEntropy: 3,
    examples: {
      positive: [`RAILS_MASTER_KEY=«${fake(HEX, 32, 'mk2')}»`, `docker run -e RAILS_MASTER_KEY=«${fake(HEX, 32, 'mk6')}» shop:latest`],
      negative: ['RAILS_MASTER_KEY=${RAILS_MASTER_KEY}', `RAILS_MASTER_KEY=${'0'.repeat(32)}`],
    },
    guide: guide(
      'Decrypts `config/credentials.yml.enc` — every secret the Rails app stores there (database, API keys, secret_key_base).',
      'Rotate every secret inside the credentials file (they are exposed if the encrypted file is in the repository, which it usually is), then re-create the credentials with a new key (`bin/rails credentials:edit` after removing the old key).',
      'https://guides.rubyonrails.org/security.html#custom-credentials',
    ),
  },
  {
    id: 'rails.master-key-file',
    title: 'Rails master key file',
    kind: 'specific',
    // `config/master.key` holds nothing but the key: no keyword, the file name decides.
    keywords: [],
    paths: /(?:^|[/\\])config[/\\](?:master|credentials[/\\][A-Za-z0-9_-]+)\.key$/,
    // The whole file: 32 hex and an optional line break.
    pattern: /^(?<secret>[0-9a-f]{32})\s*$/,
    minEntropy: 3,
    examples: {
      positive: [{ text: `«${fake(HEX, 32, 'mk1')}»\n`, path: 'config/master.key' }, { text: `«${fake(HEX, 32, 'mk3')}»`, path: 'app/config/credentials/production.key' }],
      negative: [{ text: `${fake(HEX, 32, 'mk4')}\n`, path: 'checksums/file.md5' }, { text: `${fake(HEX, 32, 'mk5')}\n`, path: 'config/other.txt' }],
    },
    guide: guide(
      'Decrypts `config/credentials.yml.enc` — every secret the Rails app stores there (database, API keys, secret_key_base).',
      'Rotate every secret inside the credentials file (they are exposed if the encrypted file is in the repository, which it usually is), then re-create the credentials with a new key (`bin/rails credentials:edit` after removing the old key). Add `config/master.key` to .gitignore.',
      'https://guides.rubyonrails.org/security.html#custom-credentials',
    ),
  },
  {
    id: 'laravel.app-key',
    title: 'Laravel APP_KEY',
    kind: 'specific',
    keywords: ['app_key'],
    keywordScope: 'line',
    // `APP_KEY=base64:<44 Base64>` (32-byte AES key, `php artisan key:generate`), also the fallback in
    // `env('APP_KEY', 'base64:…')`.
    pattern: /(?:(?<![A-Za-z0-9_])APP_KEY["']?[ \t]*(?::|=>|=)[ \t]*|env\([ \t]*["']APP_KEY["'][ \t]*,[ \t]*)["']?(?<secret>base64:[A-Za-z0-9+/]{43}=)/,
    minEntropy: 4,
    examples: {
      positive: [`APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=«base64:${Buffer.from(fake(B62, 32, 'lk1')).toString('base64')}»`, `'key' => env('APP_KEY', '«base64:${Buffer.from(fake(B62, 32, 'lk2')).toString('base64')}»'),`],
      negative: ['APP_KEY=', 'APP_KEY=${APP_KEY}', `PUSHER_APP_KEY=${fake(HEX, 20, 'pusher')}`],
    },
    guide: guide(`${sessionGrants} Laravel encrypts cookies (deserialised on read: remote code execution with a known key) and \`Crypt::\` data with it.`, 'Run `php artisan key:generate` (keep the old key in `APP_PREVIOUS_KEYS` to decrypt existing data), deploy; sessions are invalidated.', 'https://laravel.com/docs/encryption#gracefully-rotating-encryption-keys'),
  },
  {
    id: 'symfony.app-secret',
    title: 'Symfony APP_SECRET',
    kind: 'specific',
    keywords: ['app_secret'],
    keywordScope: 'line',
    // `APP_SECRET=<32 hex>` in `.env` (generated by Symfony Flex); `ThisTokenIsNotSoSecretChangeIt` is the old default.
    pattern: secretAssignment('APP_SECRET', { prefix: false, min: 16, max: 128, value: '[A-Za-z0-9_+/=-]' }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    examples: {
      positive: [`###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=«${fake(HEX, 32, 'sy1')}»`],
      negative: ['APP_SECRET=ThisTokenIsNotSoSecretChangeIt', 'APP_SECRET=', `FACEBOOK_APP_SECRET=${fake(HEX, 32, 'fb')}`, "APP_SECRET='%env(APP_SECRET)%'"],
    },
    guide: guide(`${sessionGrants} Symfony signs login links, remember-me cookies, CSRF tokens and fragment URIs with it.`, 'Generate a new value (`php -r "echo bin2hex(random_bytes(16));"`), set it in the production environment (or `secrets:set APP_SECRET`), and deploy.', 'https://symfony.com/doc/current/reference/configuration/framework.html#secret'),
  },
  {
    id: 'express.session-secret',
    title: 'Express / cookie session secret in code',
    kind: 'specific',
    keywords: ['session(', 'cookieparser(', 'cookiesession(', 'fastifycookie', 'fastifysession'],
    // `session({ secret: '…' })` (express-session), `cookieSession({ keys: ['…'] })`, `cookieParser('…')`;
    // the options object may span lines (bounded).
    pattern:
      /(?:(?:session|Session|cookieSession|expressSession|fastifySession|fastifySecureSession|fastifyCookie)\((?:[^)]{0,400}?[{,][ \t\r\n]*(?:secret|keys|secrets|key)["']?[ \t]*:[ \t]*\[?[ \t\r\n]*)|cookieParser\([ \t]*\[?[ \t]*)(?<_q>["'`])(?<secret>[^"'`\r\n]{6,200})["'`]/,
    post: [...SECRET_CHECKS],
    minEntropy: 2.5,
    examples: {
      positive: [
        `app.use(session({\n  name: 'sid',\n  secret: '«${fake(B62, 32, 'ex1')}»',\n  resave: false,\n}));`,
        `app.use(cookieParser("«${fake(B62, 24, 'ex2')}»"));`,
        `app.use(cookieSession({ name: 'session', keys: ['«${fake(B62, 24, 'ex3')}»', 'key2'] }));`,
      ],
      negative: ["app.use(session({ secret: 'keyboard cat', resave: false }))", 'app.use(session({ secret: process.env.SESSION_SECRET }))', "app.use(session({ secret: 'secret' }))"],
    },
    guide: guide(sessionGrants, 'Replace the secret with a new random value from the environment (express-session accepts an array: put the new one first to rotate without logging everyone out), then remove the old one.', 'https://expressjs.com/en/resources/middleware/session.html'),
  },
  {
    id: 'app.session-secret',
    title: 'Session / cookie signing secret',
    kind: 'specific',
    keywords: ['session_secret', 'session-secret', 'sessionsecret', 'session.secret', 'cookie_secret', 'cookie-secret', 'cookiesecret', 'cookie.secret', 'sess_secret', 'session_key_secret', 'cookie_signing'],
    keywordScope: 'line',
    // `SESSION_SECRET=`, `COOKIE_SECRET=`, `session.secret:`, `cookie_signing_key` …
    pattern: secretAssignment(ci('(?:session|sess|cookie)[_.-]?(?:signing[_.-]?)?(?:secret|key[_.-]?secret)(?:[_.-]?key)?|cookie[_.-]?signing[_.-]?key'), { min: 10, max: 200 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    examples: {
      positive: [`SESSION_SECRET=«${fake(B62, 40, 'ss1')}»`, `services:\n  web:\n    environment:\n      COOKIE_SECRET: "«${fake(B64, 44, 'ss2')}»"`],
      negative: ['SESSION_SECRET=keyboard cat', 'SESSION_SECRET=${SESSION_SECRET}', 'SESSION_SECRET=changeme'],
    },
    guide: guide(sessionGrants, 'Generate a new random value, deploy it, and expect sessions to be invalidated.'),
  },
  {
    id: 'jwt.signing-secret',
    title: 'JWT signing secret',
    kind: 'specific',
    keywords: ['jwt', 'token_secret', 'token-secret', 'tokensecret', 'secretorprivatekey'],
    keywordScope: 'line',
    // `JWT_SECRET=`, `jwt_secret_key`, `JWT_SIGNING_KEY`, `ACCESS_TOKEN_SECRET`, `secretOrPrivateKey`
    // (CREDENTIAL-FORMATS.md §7 jwt.hmac_secret); free-form, ≥ 10 chars.
    pattern: secretAssignment(
      ci('jwt[_.-]?(?:access[_.-]?|refresh[_.-]?|auth[_.-]?|signing[_.-]?|sign[_.-]?|hmac[_.-]?|token[_.-]?|private[_.-]?)?(?:secret|key)(?:[_.-]?key)?|(?:access|refresh|auth)[_.-]?token[_.-]?secret|secretOrPrivateKey'),
      { min: 10, max: 512 },
    ),
    post: [
      ...SECRET_CHECKS,
      // A PEM key or a JWKS URL is not an HMAC secret (the PEM detectors report keys).
      ({ value }) => (/^-----|^https?:|^file:|\.(?:pem|key|pub|json)$/.test(value) ? 'key file or URL, not a secret' : undefined),
    ],
    minEntropy: 3,
    precedence: -1,
    examples: {
      positive: [`JWT_SECRET=«${fake(B62, 48, 'jw1')}»`, `ACCESS_TOKEN_SECRET="«${fake(HEX, 64, 'jw2')}»"`, `jwt.secret=«${fake(B64, 44, 'jw3')}»`, `const config = { jwtSecret: '«${fake(B62, 32, 'jw4')}»' };`],
      negative: ['JWT_SECRET=your-256-bit-secret', 'JWT_SECRET=${JWT_SECRET}', 'jwtSecret: process.env.JWT_SECRET', 'JWT_PUBLIC_KEY_PATH=/etc/keys/jwt.pub', 'JWT_SECRET=secret'],
    },
    guide: guide('Mints valid tokens for the API that verifies them: impersonate any user or role, bypass authorisation.', 'Generate a new random secret (≥ 256 bits), deploy it to every service that verifies the tokens, and accept that all issued tokens are invalidated; prefer asymmetric signing keys (RS256/ES256) kept in a KMS.'),
  },
  {
    id: 'jwt.sign-call-secret',
    title: 'JWT signing secret passed to sign / verify',
    kind: 'specific',
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'jsonwebtoken'],
    keywordScope: 'line',
    // `jwt.sign(payload, 'literal')` (jsonwebtoken), `jwt.encode(payload, "literal", algorithm=…)` (PyJWT).
    pattern: /(?<![A-Za-z0-9_])jwt\.(?:sign|verify|encode|decode)\([^,()\r\n]{1,200}(?:\([^()\r\n]{0,100}\))?[^,()\r\n]{0,100},[ \t]*(?<_q>["'`])(?<secret>[^"'`\r\n]{8,200})["'`]/,
    // README-style phrases (`'wrong-secret'`, `'shhhhh'`) are examples; real keys are random.
    post: [...SECRET_CHECKS, ({ value }) => (/^[a-z]+(?:[-_ ][a-z]+){0,4}$/.test(value) ? 'plain words (documentation example)' : undefined)],
    minEntropy: 3,
    examples: {
      positive: [`const token = jwt.sign({ sub: user.id }, '«${fake(B62, 32, 'js1')}»', { expiresIn: '1h' });`, `token = jwt.encode(payload, "«${fake(B62, 32, 'js2')}»", algorithm="HS256")`],
      negative: ["jwt.sign(payload, process.env.JWT_SECRET)", "jwt.sign({ sub: 1 }, 'secret')", "jwt.encode(payload, 'your-256-bit-secret', algorithm='HS256')"],
    },
    guide: guide('Mints valid tokens for the API that verifies them: impersonate any user or role.', 'Generate a new random secret kept outside the code, deploy it to every verifying service; all issued tokens are invalidated.'),
  },
  {
    id: 'spring.jwt-secret',
    title: 'JWT secret in a Spring application.yml',
    kind: 'specific',
    keywords: ['jwt'],
    // `jwt:` section with a nested `secret:` / `secret-key:` (application.yml); flat `jwt.secret=` is
    // jwt.signing-secret's.
    pattern: yamlNested(String.raw`[A-Za-z0-9_-]{0,20}jwt[A-Za-z0-9_-]{0,20}`, '(?:secret|secret-key|secretKey|signing-key|key)', { min: 10, max: 512 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    examples: {
      positive: [`security:\n  jwt:\n    expiration: 3600\n    secret: «${fake(B64, 64, 'sj1')}»`],
      negative: ['jwt:\n  secret: ${JWT_SECRET}', 'jwt:\n  secret: your-256-bit-secret'],
    },
    guide: guide('Mints valid tokens for the Spring application: impersonate any user or role.', 'Generate a new random secret, inject it from the environment (`${JWT_SECRET}`), redeploy; issued tokens are invalidated.'),
  },
  {
    id: 'phoenix.secret-key-base',
    title: 'Phoenix secret_key_base',
    kind: 'specific',
    keywords: ['secret_key_base'],
    keywordScope: 'line',
    // 64 chars [A-Za-z0-9+/] from `mix phx.gen.secret` (`config :app, Endpoint, secret_key_base: "…"`);
    // an all-hex value is Rails'.
    pattern: secretAssignment(ci('secret_key_base'), { prefix: false, min: 64, max: 256, value: '[A-Za-z0-9+/=_-]' }),
    post: [...SECRET_CHECKS, ({ value }) => (/^[0-9a-f]+$/.test(value) ? 'hex value (Rails)' : undefined)],
    minEntropy: 4,
    examples: {
      positive: [`config :shop, ShopWeb.Endpoint,\n  secret_key_base: "«${fake(alphabet('A-Za-z0-9+/'), 64, 'px1')}»"`, `SECRET_KEY_BASE=«${fake(alphabet('A-Za-z0-9+/'), 64, 'px2')}»`],
      negative: ['  secret_key_base: System.get_env("SECRET_KEY_BASE")', `secret_key_base: "${fake(HEX, 64, 'px3')}"`],
    },
    guide: guide(`${sessionGrants} Phoenix signs and encrypts session cookies and LiveView tokens with it.`, 'Generate a new value (`mix phx.gen.secret`), set `SECRET_KEY_BASE` in the runtime environment, redeploy; sessions are invalidated.', 'https://hexdocs.pm/phoenix/deployment.html'),
  },
  {
    id: 'nextauth.secret',
    title: 'NextAuth / Auth.js secret',
    kind: 'specific',
    keywords: ['nextauth_secret', 'auth_secret'],
    keywordScope: 'line',
    // `NEXTAUTH_SECRET=` (NextAuth v4) / `AUTH_SECRET=` (Auth.js v5), usually 32-byte Base64.
    pattern: secretAssignment('NEXTAUTH_SECRET|AUTH_SECRET', { prefix: false, min: 16, max: 200 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.2,
    examples: {
      positive: [`NEXTAUTH_URL=https://app.acme.io\nNEXTAUTH_SECRET=«${Buffer.from(fake(B62, 32, 'na1')).toString('base64')}»`, `AUTH_SECRET="«${Buffer.from(fake(B62, 32, 'na2')).toString('base64')}»"`],
      negative: ['NEXTAUTH_SECRET=${NEXTAUTH_SECRET}', `GITHUB_AUTH_SECRET=${fake(HEX, 40, 'gh')}`, 'AUTH_SECRET=changeme'],
    },
    guide: guide('Decrypts and forges the session JWTs: log in as any user of the app.', 'Generate a new value (`npx auth secret` or `openssl rand -base64 32`), set it in the hosting environment, redeploy; sessions are invalidated.', 'https://authjs.dev/getting-started/deployment#auth_secret'),
  },
  {
    id: 'strapi.app-keys',
    title: 'Strapi APP_KEYS',
    kind: 'specific',
    keywords: ['app_keys'],
    keywordScope: 'line',
    // `APP_KEYS=k1,k2,k3,k4`: comma-separated Base64 session keys (Strapi v4+ generated `.env`).
    pattern: /(?<![A-Za-z0-9_])APP_KEYS["']?[ \t]*(?::|=)[ \t]*["']?(?<secret>[A-Za-z0-9+/=_-]{12,88}(?:,[ \t]?[A-Za-z0-9+/=_-]{12,88}){0,7})/,
    post: [isToBeModified, isDocumentedSecret],
    minEntropy: 3.5,
    examples: {
      positive: [`HOST=0.0.0.0\nAPP_KEYS=«${[1, 2, 3, 4].map((i) => Buffer.from(fake(B62, 16, `sa${i}`)).toString('base64')).join(',')}»`],
      negative: ['APP_KEYS="toBeModified1,toBeModified2"', 'APP_KEYS=${APP_KEYS}'],
    },
    guide: guide(sessionGrants, 'Generate new keys (`openssl rand -base64 16` each), set `APP_KEYS` in the environment, redeploy; sessions are invalidated.', 'https://docs.strapi.io/cms/configurations/environment'),
  },
  {
    id: 'strapi.token-salt',
    title: 'Strapi API / transfer token salt',
    kind: 'specific',
    keywords: ['api_token_salt', 'transfer_token_salt'],
    keywordScope: 'line',
    // `API_TOKEN_SALT` / `TRANSFER_TOKEN_SALT` hash Strapi's API tokens: with the database, tokens can be forged.
    pattern: secretAssignment('API_TOKEN_SALT|TRANSFER_TOKEN_SALT', { prefix: false, min: 12, max: 200 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.2,
    examples: { positive: [`API_TOKEN_SALT=«${Buffer.from(fake(B62, 16, 'st1')).toString('base64')}»`], negative: ['API_TOKEN_SALT=tobemodified', 'TRANSFER_TOKEN_SALT=${TRANSFER_TOKEN_SALT}'] },
    guide: guide('Together with the database, lets an attacker validate and forge Strapi API / transfer tokens.', 'Generate a new salt, deploy it, and regenerate the API and transfer tokens.'),
  },
  {
    id: 'ghost.admin-api-key',
    title: 'Ghost Admin API key',
    kind: 'specific',
    keywords: ['ghost'],
    // `<24 hex id>:<64 hex secret>` (Ghost Admin API keys; the secret signs short-lived admin JWTs).
    pattern: /(?<![0-9A-Za-z])(?<_id>[0-9a-f]{24}):(?<secret>[0-9a-f]{64})(?![0-9A-Za-z])/,
    minEntropy: 3,
    examples: {
      positive: [`const api = new GhostAdminAPI({\n  url: 'https://blog.acme.io',\n  key: '${fake(HEX, 24, 'gh1')}:«${fake(HEX, 64, 'gh2')}»',\n  version: 'v5.0'\n});`],
      negative: [`const api = new GhostContentAPI({ url: 'https://blog.acme.io', key: '${fake(HEX, 26, 'ghc')}' });`],
    },
    guide: guide('Full admin access to the Ghost site through the Admin API: publish and delete posts, manage members and settings.', 'Ghost Admin → Settings → Integrations → the custom integration → Regenerate the Admin API key (or delete the integration).', 'https://ghost.org/docs/admin-api/#token-authentication'),
  },
  {
    id: 'aspnet.machine-key',
    title: 'ASP.NET machineKey',
    kind: 'specific',
    keywords: ['validationkey', 'decryptionkey'],
    keywordScope: 'line',
    // `<machineKey validationKey="64–128 hex" decryptionKey="48–64 hex" …/>` in web.config.
    pattern: /(?<![A-Za-z0-9_])(?<name>validationKey|decryptionKey)[ \t]*=[ \t]*["'](?<secret>[0-9A-Fa-f]{32,256})["']/,
    minEntropy: 3,
    examples: {
      positive: [`<machineKey validationKey="«${fake(HEX_UPPER_ALPHA, 128, 'mk1')}»" decryptionKey="${fake(HEX_UPPER_ALPHA, 48, 'mk2')}" validation="HMACSHA256" decryption="AES" />`],
      negative: ['<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />'],
    },
    guide: guide(
      'Forges ViewState (remote code execution through deserialisation on the server), forms-authentication tickets and other protected data.',
      'Generate a new machine key (IIS Manager → Machine Key → Generate Keys, or PowerShell), deploy to every server in the farm, and review the server for signs of ViewState exploitation.',
      'https://learn.microsoft.com/en-us/aspnet/whitepapers/aspnet4/breaking-changes',
    ),
  },
  {
    id: 'htpasswd.plaintext',
    title: 'Plaintext password in an htpasswd file',
    kind: 'specific',
    // A .htpasswd file holds only `user:hash` lines: no keyword, the file name decides.
    keywords: [],
    paths: /(?:^|[/\\])(?:\.?htpasswd|[^/\\]*\.htpasswd|\.?htpasswd[._-][^/\\]*)$/i,
    // `user:password` where the password is not one of the formats htpasswd writes
    // (bcrypt `$2y$`, `$apr1$`, `{SHA}`, crypt(3) `$1$`/`$5$`/`$6$`, 13-char DES crypt).
    // nginx also accepts `{PLAIN}password` (plaintext by definition): the highlight is the password.
    pattern: /(?<=^|\n)(?<username>[A-Za-z0-9_.@+-]{1,64}):(?:\{PLAIN\})?(?<secret>[^\s:]{3,128})(?=\r?\n|$)/,
    post: [
      isPasswordHash,
      ({ value }) => (/^[./0-9A-Za-z]{13}$/.test(value) ? 'DES crypt hash' : undefined),
      ...PASSWORD_CHECKS,
    ],
    examples: {
      positive: [
        { text: `admin:$apr1$${fake(B62, 8, 'salt')}$${fake(B62, 22, 'h')}\nstaging:«${fake(B62, 12, 'ht1')}»\n`, path: 'deploy/nginx/.htpasswd' },
        { text: `# nginx auth_basic_user_file\nmetrics:{PLAIN}«${fake(B62, 16, 'ht3')}»\n`, path: 'nginx/conf.d/metrics.htpasswd' },
      ],
      negative: [
        { text: `admin:$2y$05$${fake(alphabet('A-Za-z0-9./'), 53, 'bc')}\nops:{SHA}${Buffer.from(fake(B62, 20, 'sha')).toString('base64')}`, path: '.htpasswd' },
        { text: `staging:${fake(B62, 12, 'ht2')}`, path: 'notes.txt' },
      ],
    },
    guide: guide('Logs in to the basic-auth protected site or endpoint as that user.', 'Change the password with `htpasswd -B <file> <user>` (bcrypt) — never store plaintext — and redeploy the file.', 'https://httpd.apache.org/docs/current/programs/htpasswd.html'),
  },
  {
    id: 'htpasswd.command-password',
    title: 'Password on an htpasswd -b command line',
    kind: 'specific',
    keywords: ['htpasswd'],
    keywordScope: 'line',
    // `htpasswd -b[c|B|n] [file] user password` (batch mode takes the password as the last argument).
    pattern: /(?<![A-Za-z0-9_-])htpasswd(?<_flags>(?:[ \t]+-[A-Za-z]{1,6}){1,4})(?:[ \t]+(?<_file>[^\s-][^\s]{0,200}))?[ \t]+(?<username>[^\s"'-][^\s"']{0,63})[ \t]+(?<_q>["']?)(?<secret>[^\s"'$][^\s"']{2,127})(?=["'\s]|$)/,
    post: [({ groups }) => (/b/.test(groups._flags ?? '') ? undefined : 'not batch mode'), ({ groups }) => (/n/.test(groups._flags ?? '') === (groups._file === undefined) ? undefined : 'argument count does not fit the flags'), ...PASSWORD_CHECKS],
    examples: {
      positive: [`RUN htpasswd -Bbc /etc/nginx/.htpasswd admin «${fake(B62, 14, 'hc1')}»`, `htpasswd -nbB monitor "«${fake(B62, 14, 'hc2')}»" >> auth/users`],
      negative: ['htpasswd -c /etc/nginx/.htpasswd admin', 'htpasswd -Bbc /etc/nginx/.htpasswd admin "$ADMIN_PASSWORD"'],
    },
    guide: guide('Logs in to the basic-auth protected site as that user; command lines also land in image layers, shell history and CI logs.', 'Change the password (`htpasswd -B <file> <user>` interactively) and rebuild images that ran the command.'),
  },
  {
    id: 'wordpress.auth-salt',
    title: 'WordPress authentication key / salt',
    kind: 'specific',
    keywords: ['auth_key', 'auth_salt', 'logged_in_key', 'logged_in_salt', 'nonce_key', 'nonce_salt'],
    keywordScope: 'line',
    // The eight `define('AUTH_KEY', '…')` constants of wp-config.php (64 printable chars from the salt API).
    pattern: /define\([ \t]*["'](?<name>(?:SECURE_)?AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|(?:SECURE_)?AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)["'][ \t]*,[ \t]*(?<_q>["'])(?<secret>(?:(?!\k<_q>)[^\r\n\\]){16,128})\k<_q>/,
    // Salts use all of printable ASCII, so `...`, `<…>` or `{{` occur by chance (about a quarter of
    // real salts): skip the common placeholder/template checks and reject the shipped sample prose.
    skipCommonValidators: true,
    post: [isDocumentedSecret, ({ value }) => (/^[A-Za-z ]+$/.test(value) ? 'prose placeholder' : undefined)],
    minEntropy: 3.5,
    examples: {
      positive: [`define( 'AUTH_KEY',         '«${fake(alphabet('A-Za-z0-9!@#%^&*()_+=,.;:/?|~ -'), 64, 'wp1')}»' );`],
      negative: ["define( 'AUTH_KEY',         'put your unique phrase here' );", "define('AUTH_KEY', getenv('WORDPRESS_AUTH_KEY'));"],
    },
    guide: guide('Forges WordPress login cookies and nonces: log in as any user, including administrators.', 'Generate new values at https://api.wordpress.org/secret-key/1.1/salt/ and replace all eight constants; every user is logged out.', 'https://api.wordpress.org/secret-key/1.1/salt/'),
  },
  {
    id: 'wordpress.db-password',
    title: 'WordPress database password',
    kind: 'specific',
    keywords: ['db_password'],
    keywordScope: 'line',
    // `define( 'DB_PASSWORD', '…' );` in wp-config.php.
    pattern: /define\([ \t]*["']DB_PASSWORD["'][ \t]*,[ \t]*(?<_q>["'])(?<secret>(?:(?!\k<_q>)[^\r\n\\]){3,128})\k<_q>/,
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    companions: [
      { name: 'username', pattern: /define\([ \t]*["']DB_USER["'][ \t]*,[ \t]*["'](?<value>[^"'\r\n]{1,64})["']/, withinLines: 6 },
      { name: 'host', pattern: /define\([ \t]*["']DB_HOST["'][ \t]*,[ \t]*["'](?<value>[^"'\r\n]{1,253})["']/, withinLines: 6 },
    ],
    examples: {
      positive: [`define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_prod' );\ndefine( 'DB_PASSWORD', '«${fake(B62, 18, 'wpdb')}»' );\ndefine( 'DB_HOST', 'mysql.internal' );`],
      negative: ["define( 'DB_PASSWORD', 'password_here' );", "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );"],
    },
    guide: guide('Full access to the WordPress database: user accounts and password hashes, content, and options (often a path to code execution).', 'Change the MySQL user\'s password (hosting panel or `ALTER USER`), update wp-config.php from the environment, and review admin users.'),
  },
  {
    id: 'spring.datasource-password',
    title: 'Spring Boot datasource / service password',
    kind: 'specific',
    keywords: ['spring.', 'spring_'],
    keywordScope: 'line',
    // `spring.datasource.password=`, `spring.data.mongodb.password`, `spring.rabbitmq.password` …, and the
    // relaxed-binding env form `SPRING_DATASOURCE_PASSWORD`.
    pattern: secretAssignment(
      ci('spring[_.](?:datasource(?:[_.][a-z]{2,20})?|r2dbc|flyway|liquibase|data[_.](?:mongodb|redis|elasticsearch|couchbase|cassandra|neo4j)|redis|rabbitmq|elasticsearch|neo4j(?:[_.]authentication)?|couchbase|cassandra|ldap|activemq|artemis|kafka[_.](?:properties[_.])?sasl|influx)[_.]password'),
      { prefix: false, min: 3, max: 200 },
    ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    companions: [
      { name: 'username', pattern: /spring[_.][A-Za-z_.]{0,40}(?:username|user)[ \t]*[:=][ \t]*["']?(?<value>[A-Za-z0-9_.@-]{1,64})/i, withinLines: 6 },
      { name: 'host', pattern: /spring[_.][A-Za-z_.]{0,40}(?:url|uri|host)[ \t]*[:=][ \t]*["']?(?:jdbc:[a-z0-9]+:(?:\/\/)?|[a-z]+:\/\/)?(?<value>[A-Za-z0-9_.-]{1,253})/i, withinLines: 6 },
    ],
    examples: {
      positive: [
        `spring.datasource.url=jdbc:postgresql://orders-db.prod.internal:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=«${fake(B62, 18, 'sp1')}»`,
        `SPRING_RABBITMQ_PASSWORD=«${fake(B62, 18, 'sp2')}»`,
      ],
      negative: ['spring.datasource.password=${DB_PASSWORD}', 'spring.datasource.password=', 'spring.datasource.password=postgres'],
    },
    guide: guide('Access to the database or broker with that user\'s rights.', 'Change the user\'s password on the database/broker, inject the new one through the environment (`${DB_PASSWORD}`) or Spring Cloud Vault, and redeploy.'),
  },
  {
    id: 'spring.oauth2-client-secret',
    title: 'Spring Security OAuth2 client secret',
    kind: 'specific',
    keywords: ['client-secret', 'client_secret', 'clientsecret'],
    keywordScope: 'line',
    // `spring.security.oauth2.client.registration.<id>.client-secret=…`.
    pattern: secretAssignment(String.raw`spring\.security\.oauth2\.client\.registration\.[A-Za-z0-9_-]{1,40}\.client-secret|SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_[A-Z0-9_]{1,40}_CLIENT_SECRET`, { prefix: false, min: 8, max: 200 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    examples: {
      positive: [`spring.security.oauth2.client.registration.github.client-id=${fake(HEX, 20, 'cid')}\nspring.security.oauth2.client.registration.github.client-secret=«${fake(HEX, 40, 'cs')}»`],
      negative: ['spring.security.oauth2.client.registration.google.client-secret=${GOOGLE_CLIENT_SECRET}'],
    },
    guide: guide('Lets anyone complete OAuth flows as your application and exchange authorisation codes for user tokens.', 'Rotate the client secret in the identity provider\'s console (GitHub, Google, Okta, Keycloak …), then update the application.'),
  },
  {
    id: 'sidekiq.enterprise-credentials',
    title: 'Sidekiq Pro / Enterprise gem credentials',
    kind: 'specific',
    keywords: ['contribsys'],
    keywordScope: 'line',
    // `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=<8 hex>:<8 hex>` or `https://<8 hex>:<8 hex>@gems.contribsys.com/`.
    pattern: /(?:(?<![A-Za-z0-9_])BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?[ \t]*[:=][ \t]*["']?|https?:\/\/)(?<username>[0-9a-f]{8}):(?<secret>[0-9a-f]{8})(?:@(?<host>(?:enterprise|gems)\.contribsys\.com))?(?![0-9a-f])/,
    post: [({ match, groups }) => (match.startsWith('http') && !groups.host ? 'not the contribsys gem server' : undefined)],
    examples: {
      positive: [`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${fake(HEX, 8, 'sq1')}:«${fake(HEX, 8, 'sq2')}»`, `source "https://${fake(HEX, 8, 'sq3')}:«${fake(HEX, 8, 'sq4')}»@enterprise.contribsys.com/" do`],
      negative: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDS}', 'source "https://enterprise.contribsys.com/" do'],
    },
    guide: guide('Downloads the licensed Sidekiq Pro/Enterprise gems with your licence.', 'Contact Contributed Systems (support@contribsys.com) to rotate the licence credentials, then update Bundler config / CI secrets.', 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro'),
  },
];

