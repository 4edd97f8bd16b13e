/** posthog (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  alphabet,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  prefixedToken,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'posthog.personal-key',
    title: 'PostHog personal API key',
    keywords: ['phx_'],
    scope: 'document',
    pattern: () => prefixedToken('phx_', alphabet('A-Za-z0-9_'), [40, 50]),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(4) })],
    guide: {
      grants:
        "Calls the PostHog API as the user: reads events, persons (user data) and recordings, changes feature flags and projects within the key's scopes.",
      revoke: 'PostHog → Settings → User → Personal API keys → delete the key.',
      url: 'https://us.posthog.com/settings/user-api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
