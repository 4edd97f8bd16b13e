/** auth0 (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  assignedTo,
  base64Needles,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  JWT_LARGE_PAYLOAD,
  jwtPayload,
  leadThen,
  nameWith,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

const JWT_PATTERN = new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${JWT_LARGE_PAYLOAD})(?![A-Za-z0-9_.-])`);
const auth0MgmtNeedles = base64Needles('auth0.com');
const auth0Aud = (payload: Record<string, unknown> | undefined) => {
  const aud = payload?.aud;
  const list = Array.isArray(aud) ? aud : [aud];
  return list.some((a) => typeof a === 'string' && /\.auth0\.com\/api\/v2\/?$/.test(a));
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'auth0.client-secret',
    title: 'Auth0 application client secret',
    keywords: ['auth0'],
    pattern: () => leadThen([assignedTo([nameWith('auth0', 'secret')])], '[A-Za-z0-9_-]{64}'),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    guide: {
      grants:
        'Lets anyone obtain tokens as the Auth0 application (including Management API tokens if the app is authorised for it) and forge its logins.',
      revoke: 'Auth0 Dashboard → Applications → the app → Settings → Rotate client secret, then deploy the new secret.',
      url: 'https://auth0.com/docs/get-started/applications/rotate-client-secret',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'auth0.management-token',
    title: 'Auth0 Management API token',
    keywords: auth0MgmtNeedles,
    scope: 'document',
    // A JWT whose audience is `https://<tenant>.auth0.com/api/v2/`.
    pattern: () => JWT_PATTERN,
    post: [({ value }) => (auth0Aud(jwtPayload(value)) ? undefined : 'not an Auth0 Management API token')],
    precedence: 1,
    guide: {
      grants:
        'Calls the Auth0 Management API with its scopes until it expires: reads and changes users, applications, connections and rules of the tenant.',
      revoke:
        'Rotate the secret of the application that minted it (Applications → the app → Rotate), and revoke its Management API grant if not needed; the token itself expires (`exp`).',
      url: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
