/** Netlify credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  B62,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  isHexOnly,
  lacksMixedClasses,
  terraformProviderAttribute,
  token,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'netlify.pat',
    title: 'Netlify personal access token',
    prefix: 'nfp_',
    alphabet: B62,
    length: 36,
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Calls the Netlify API as the user: deploy sites, read environment variables, manage DNS and team settings.',
      revoke: 'Netlify → User settings → Applications → Personal access tokens → Revoke; create a new token with an expiry.',
      url: 'https://app.netlify.com/user/applications#personal-access-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'netlify.pat-legacy',
    title: 'Netlify access token (legacy, un-prefixed)',
    keywords: ['netlify'],
    scope: 'document',
    pattern: () =>
      anchored(
        assignment(
          [`${ci('netlify')}[A-Za-z0-9_.-]{0,30}${ci('token')}`, terraformProviderAttribute('netlify', ['token'])],
          '[A-Za-z0-9_-]{43,64}',
        ),
      ),
    post: [lacksMixedClasses, isHexOnly],
    minEntropy: 3.5,
    guide: {
      grants: 'Calls the Netlify API as the user: deploy sites, read environment variables, manage DNS.',
      revoke: 'Netlify → User settings → Applications → Personal access tokens (or OAuth applications) → Revoke.',
      url: 'https://app.netlify.com/user/applications',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
