/**
 * HTTP `Authorization` headers: Basic (RFC 7617) and Bearer (RFC 6750) credentials (CREDENTIAL-FORMATS.md §7/§12).
 *
 * A broad format: `precedence: -1`, so that a provider's own detector (a GitHub token in a URL, a
 * database URI, a Stripe key in a Basic header) wins de-duplication.
 */
import { credentialGuide, decodeJwt, defineDetector, isPlaceholderPassword, type Detector, type PostValidator } from '../kit/index.js';

/** Pairs written in RFCs and docs: `Aladdin:open sesame` (RFC 7617), `s6BhdRkqt3:gX1fBat3bV` (RFC 6749), `user:password` … */
const SAMPLE_PAIRS =
  /^(?:aladdin:open sesame|s6BhdRkqt3:gX1fBat3bV|user(?:name)?:pass(?:word)?|admin:admin|admin:password|test:test|foo:bar|demo:demo|guest:guest|root:root|john(?:doe)?:(?:doe|password|secret)|alice:(?:secret|password)|bob:(?:secret|password))$/i;

/** `Authorization: Basic <b64>` must decode to printable `user:password` with a real password. */
const hasNoBasicCredentials: PostValidator = ({ value }) => {
  if (value.length % 4 === 1) return 'not Base64';
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded) || decoded.includes('\ufffd')) return 'does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'no user:password inside';
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (SAMPLE_PAIRS.test(decoded)) return 'documented sample pair';
  // An API key used as the user with an empty password (Stripe, Mailgun style) is still a credential.
  const secret = password.length > 0 ? password : user;
  if (secret.length < 3) return 'empty credentials';
  if (isPlaceholderPassword({ value: secret, groups: {}, match: decoded, line: decoded, text: decoded, range: [0, 0] }))
    return 'placeholder password';
  if (/^[$%{<]|\$\{|\{\{/.test(secret)) return 'template';
  return undefined;
};

/** Opaque bearer tokens: not a JWT (jwt.token reports those), not a word or an identifier. */
const isNotOpaqueToken: PostValidator = ({ value }) => {
  if (decodeJwt(value)) return 'a JWT (jwt.token reports it)';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return 'environment variable name';
  if (/^[a-z]+(?:[_.-][a-z]+)*$/i.test(value) && !/[0-9]/.test(value)) return 'words, not a token';
  return undefined;
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'http.basic-auth',
    title: 'HTTP Basic Authorization header',
    keywords: ['basic'],
    // `Authorization: Basic <Base64 of user:password>` (RFC 7617), also in curl `-H`, HAR captures and code.
    pattern: /(?<![A-Za-z])[Bb]asic[ \t]+(?<secret>[A-Za-z0-9+/]{6,1000}={0,2})(?![A-Za-z0-9+/=_-])/,
    post: [hasNoBasicCredentials],
    precedence: -1,
    guide: credentialGuide(
      'Logs in to the service as that user with the decoded password (Base64 is an encoding, not encryption).',
      'Decode the value to find the account, change its password (or revoke the API key used as the user name), and update the clients.',
    ),
  }),
  defineDetector({
    id: 'http.bearer-token',
    title: 'HTTP Bearer token',
    keywords: ['bearer', 'authorization'],
    // `Authorization: Bearer <opaque token ≥ 20 chars>` (RFC 6750 b64token) or `Authorization: Token …`;
    // JWTs are jwt.token's.
    pattern:
      /(?:(?<![A-Za-z])[Bb]earer|[Aa]uthorization["'`]?[ \t]*[:=,][ \t]*["'`]?[Tt]oken)[ \t]+(?<secret>[A-Za-z0-9._~+/-]{20,4096}={0,2})(?![A-Za-z0-9._~+/=-])/,
    post: [isNotOpaqueToken],
    minEntropy: 3.5,
    precedence: -1,
    guide: credentialGuide(
      'Calls the API as whoever the token was issued to, with its scopes, until it expires or is revoked.',
      'Identify the issuer from the URL or code around it and revoke the token there (API settings → tokens / sessions); rotate the credential that minted it if it is long-lived.',
    ),
  }),
];
