/**
 * JSON Web Tokens from any issuer (RFC 7519; CREDENTIAL-FORMATS.md §7 jwt.generic), and the HMAC secrets
 * that sign them (`JWT_SECRET=…`, `jwt.sign(payload, '…')`; CREDENTIAL-FORMATS.md §10). Token structure is
 * checked offline: three base64url segments whose header decodes to a JSON object with `alg`, and
 * whose payload decodes to a JSON object.
 *
 * Decisions:
 * - `precedence: -1`: provider-specific JWT detectors (Supabase service role, Kubernetes service
 *   account tokens, Turso …) win de-duplication on the same characters.
 * - Unsigned tokens (`alg: none`, empty signature) are NOT reported: they authenticate nowhere that
 *   verifies signatures, and the fact base lists them as look-alikes (samples, test vectors).
 * - Expired tokens ARE reported: a scan must not depend on the clock, and the signature still proves
 *   the issuer; the claims may also leak personal data.
 * - Tokens that are public by design (Supabase `anon` keys) and published samples (jwt.io's
 *   "John Doe", the Supabase CLI demo keys) are not reported.
 */
import { nodeCrypto } from '../../fingerprint.js';
import {
  SECRET_CHECKS,
  ciFragment,
  decodeJwt,
  defineDetector,
  frameworkGuide,
  secretAssignment,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

const isNotAJwt: PostValidator = ({ value }) => {
  const jwt = decodeJwt(value);
  if (!jwt) return 'header/payload do not decode to JSON with alg';
  if (String(jwt.header.alg).toLowerCase() === 'none') return 'unsigned token (alg: none)';
  return undefined;
};

/** Public-by-design tokens and published samples. */
const isPublicOrSample: PostValidator = ({ value }) => {
  const jwt = decodeJwt(value);
  if (!jwt) return undefined;
  const { payload } = jwt;
  if (payload.role === 'anon') return 'public anon key (Supabase)';
  if (payload.iss === 'supabase-demo') return 'Supabase CLI demo key';
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return 'jwt.io sample token';
  return undefined;
};

/**
 * HMAC secrets printed in documentation and quick-starts (jwt.io's `your-256-bit-secret`, PyJWT's
 * `secret`, the Supabase local-dev secret …): a token that verifies with one of them is a sample.
 */
const SAMPLE_HMAC_SECRETS = [
  'secret',
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'key',
  'changeme',
  'password',
  'test',
  'shhhhh',
  'mysecret',
  'secretkey',
  'secret-key',
  'my-secret',
  'jwt-secret',
  'super-secret-jwt-token-with-at-least-32-characters-long',
];

const isSignedWithSampleSecret: PostValidator = ({ value }) => {
  const jwt = decodeJwt(value);
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[String(jwt?.header.alg)];
  if (!hash) return undefined;
  const dot = value.lastIndexOf('.');
  const signingInput = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  for (const secret of SAMPLE_HMAC_SECRETS) {
    if (nodeCrypto().createHmac(hash, secret).update(signingInput).digest('base64url') === signature)
      return `signed with the published sample secret "${secret}"`;
  }
  return undefined;
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'jwt.token',
    title: 'JSON Web Token',
    keywords: ['eyJ'],
    // `eyJ` = base64url of `{"`; header + payload + signature (≥ 16 chars: HS256 is 43). A trailing
    // `.segment` would make it a JWE / something else, so it is excluded.
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>eyJ[A-Za-z0-9_-]{10,2000}\.ey[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])(?!\.[A-Za-z0-9_-])/,
    post: [isNotAJwt, isPublicOrSample, isSignedWithSampleSecret],
    precedence: -1,
    guide: {
      grants:
        "Acts as the token's subject (`sub`) on the services that trust the issuer (`iss`) until it expires (`exp`) — often an API session or a long-lived service credential; the claims may also expose personal data.",
      revoke:
        'Decode it (header and payload are only Base64) to find the issuer; revoke the session or refresh token there, and for long-lived tokens rotate the signing key or the credential that minted it.',
      url: 'https://datatracker.ietf.org/doc/html/rfc7519',
      store:
        'Never commit tokens: fetch them at run time (OAuth client credentials, workload identity) and keep fixtures as obviously fake, unsigned tokens.',
    },
  }),
  defineDetector({
    id: 'jwt.signing-secret',
    title: 'JWT signing secret',
    keywords: ['jwt', 'token_secret', 'token-secret', 'tokensecret', 'secretorprivatekey'],
    // `JWT_SECRET=`, `jwt_secret_key`, `JWT_SIGNING_KEY`, `ACCESS_TOKEN_SECRET`, `secretOrPrivateKey`
    // (CREDENTIAL-FORMATS.md §7 jwt.hmac_secret); free-form, ≥ 10 chars.
    pattern: () =>
      secretAssignment(
        ciFragment(
          'jwt[_.-]?(?:access[_.-]?|refresh[_.-]?|auth[_.-]?|signing[_.-]?|sign[_.-]?|hmac[_.-]?|token[_.-]?|private[_.-]?)?(?:secret|key)(?:[_.-]?key)?|(?:access|refresh|auth)[_.-]?token[_.-]?secret|secretOrPrivateKey',
        ),
        { min: 10, max: 512 },
      ),
    post: [
      ...SECRET_CHECKS,
      // A PEM key or a JWKS URL is not an HMAC secret (the PEM detectors report keys).
      ({ value }) => (/^-----|^https?:|^file:|\.(?:pem|key|pub|json)$/.test(value) ? 'key file or URL, not a secret' : undefined),
    ],
    minEntropy: 3,
    precedence: -1,
    guide: frameworkGuide(
      'Mints valid tokens for the API that verifies them: impersonate any user or role, bypass authorisation.',
      'Generate a new random secret (≥ 256 bits), deploy it to every service that verifies the tokens, and accept that all issued tokens are invalidated; prefer asymmetric signing keys (RS256/ES256) kept in a KMS.',
    ),
  }),
  defineDetector({
    id: 'jwt.sign-call-secret',
    title: 'JWT signing secret passed to sign / verify',
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'jsonwebtoken'],
    // `jwt.sign(payload, 'literal')` (jsonwebtoken), `jwt.encode(payload, "literal", algorithm=…)` (PyJWT).
    pattern:
      /(?<![A-Za-z0-9_])jwt\.(?:sign|verify|encode|decode)\([^,()\r\n]{1,200}(?:\([^()\r\n]{0,100}\))?[^,()\r\n]{0,100},[ \t]*(?<_q>["'`])(?<secret>[^"'`\r\n]{8,200})["'`]/,
    // README-style phrases (`'wrong-secret'`, `'shhhhh'`) are examples; real keys are random.
    post: [
      ...SECRET_CHECKS,
      ({ value }) => (/^[a-z]+(?:[-_ ][a-z]+){0,4}$/.test(value) ? 'plain words (documentation example)' : undefined),
    ],
    minEntropy: 3,
    guide: frameworkGuide(
      'Mints valid tokens for the API that verifies them: impersonate any user or role.',
      'Generate a new random secret kept outside the code, deploy it to every verifying service; all issued tokens are invalidated.',
    ),
  }),
];
