/**
 * JSON Web Tokens from any issuer (RFC 7519; CREDENTIAL-FORMATS.md §7 jwt.generic). Structure is
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
import { decodeJwt, defineDetector, type Detector, type PostValidator } from '../kit/index.js';

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
const SAMPLE_HMAC_SECRETS = ['secret', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'key', 'changeme', 'password', 'test', 'shhhhh', 'mysecret', 'secretkey', 'secret-key', 'my-secret', 'jwt-secret', 'super-secret-jwt-token-with-at-least-32-characters-long'];

const isSignedWithSampleSecret: PostValidator = ({ value }) => {
  const jwt = decodeJwt(value);
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[String(jwt?.header.alg)];
  if (!hash) return undefined;
  const dot = value.lastIndexOf('.');
  const signingInput = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  for (const secret of SAMPLE_HMAC_SECRETS) {
    if (nodeCrypto().createHmac(hash, secret).update(signingInput).digest('base64url') === signature) return `signed with the published sample secret "${secret}"`;
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
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>eyJ[A-Za-z0-9_-]{10,2000}\.ey[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])(?!\.[A-Za-z0-9_-])/,
    post: [isNotAJwt, isPublicOrSample, isSignedWithSampleSecret],
    precedence: -1,
    guide: {
      grants: 'Acts as the token\'s subject (`sub`) on the services that trust the issuer (`iss`) until it expires (`exp`) — often an API session or a long-lived service credential; the claims may also expose personal data.',
      revoke: 'Decode it (header and payload are only Base64) to find the issuer; revoke the session or refresh token there, and for long-lived tokens rotate the signing key or the credential that minted it.',
      url: 'https://datatracker.ietf.org/doc/html/rfc7519',
      store: 'Never commit tokens: fetch them at run time (OAuth client credentials, workload identity) and keep fixtures as obviously fake, unsigned tokens.',
    },
  }),
];
