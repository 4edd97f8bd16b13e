/**
 * NextAuth.js / Auth.js `NEXTAUTH_SECRET` / `AUTH_SECRET`. None has a prefix, so the pattern is anchored on
 * the framework's own setting name, and template / placeholder values (the framework's own defaults included)
 * are negatives (CREDENTIAL-FORMATS.md §10).
 */
import { SECRET_CHECKS, defineDetector, frameworkGuide, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'nextauth.secret',
    title: 'NextAuth / Auth.js secret',
    keywords: ['nextauth_secret', 'auth_secret'],
    // `NEXTAUTH_SECRET=` (NextAuth v4) / `AUTH_SECRET=` (Auth.js v5), usually 32-byte Base64.
    pattern: () => secretAssignment('NEXTAUTH_SECRET|AUTH_SECRET', { prefix: false, min: 16, max: 200 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.2,
    guide: frameworkGuide(
      'Decrypts and forges the session JWTs: log in as any user of the app.',
      'Generate a new value (`npx auth secret` or `openssl rand -base64 32`), set it in the hosting environment, redeploy; sessions are invalidated.',
      'https://authjs.dev/getting-started/deployment#auth_secret',
    ),
  }),
];
