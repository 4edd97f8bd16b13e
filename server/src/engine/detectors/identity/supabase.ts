/** supabase (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  B64URL,
  base64Needles,
  defineDetector,
  type Detector,
  isNotMixedHex,
  JWT_LARGE_PAYLOAD,
  jwtPayload,
  prefixedToken,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

const JWT_PATTERN = new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${JWT_LARGE_PAYLOAD})(?![A-Za-z0-9_.-])`);
const supabaseNeedles = base64Needles('service_role');

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'supabase.secret-key',
    title: 'Supabase secret API key',
    keywords: ['sb_secret_'],
    scope: 'document',
    pattern: () => prefixedToken('sb_secret_', B64URL, [30, 64]),
    minEntropy: 4,
    guide: {
      grants: "Full access to the project's data through the Data API, bypassing Row Level Security.",
      revoke: 'Supabase Dashboard → Project Settings → API Keys → delete the secret key (and create a new one).',
      url: 'https://supabase.com/docs/guides/api/api-keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'supabase.service-role-key',
    title: 'Supabase service_role key (JWT)',
    keywords: supabaseNeedles,
    scope: 'document',
    // A JWT whose payload says `"role":"service_role"`; the `anon` key has the same shape and is public.
    pattern: () => JWT_PATTERN,
    post: [({ value }) => (jwtPayload(value)?.role === 'service_role' ? undefined : 'not a service_role token')],
    precedence: 1,
    guide: {
      grants: "Full access to the project's database through the Data API, Storage and Auth admin, bypassing Row Level Security.",
      revoke:
        'Supabase Dashboard → Project Settings → JWT Keys → rotate the JWT secret (this invalidates the anon and service_role keys), or move to `sb_secret_` keys and disable legacy keys.',
      url: 'https://supabase.com/docs/guides/api/api-keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'supabase.access-token',
    title: 'Supabase personal access token',
    keywords: ['sbp_'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_(?:v0_)?[0-9a-f]{40})(?![A-Za-z0-9_])/,
    post: [(c) => isNotMixedHex({ ...c, value: c.value.slice(-40) })],
    guide: {
      grants:
        'Calls the Supabase Management API as the user: every organisation and project they can access (database passwords, API keys, functions).',
      revoke: 'supabase.com → Account → Access Tokens → revoke the token.',
      url: 'https://supabase.com/dashboard/account/tokens',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
