/** strava (long tail of providers, issue 9 §3): Strava. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'strava.client-secret',
    title: 'Strava client secret or token',
    keywords: ['strava'],
    providers: [phrase('strava')],
    kinds: ['client secret', 'secret', 'access token', 'refresh token', 'token'],
    // 40 hex (format facts: Strava API settings page (40-hex secrets and tokens)); no prefix, so only the provider's name in the variable
    // name says what it is.
    value: '[0-9a-fA-F]{40}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants:
        "With the client ID, exchanges and refreshes athlete tokens; an access or refresh token reads (and, per scope, writes) the athlete's activities and profile.",
      revoke: 'Strava → Settings → My API Application → reset the client secret; athletes revoke apps under Settings → My Apps.',
      url: 'https://www.strava.com/settings/api',
    },
  }),
];
