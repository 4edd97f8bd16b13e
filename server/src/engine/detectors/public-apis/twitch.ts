/** twitch (long tail of providers, issue 9 §3): Twitch. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'twitch.client-secret',
    title: 'Twitch client secret or access token',
    keywords: ['twitch'],
    providers: [phrase('twitch')],
    kinds: ['client secret', 'secret', 'access token', 'oauth token', 'token'],
    // 30 lower-case letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[a-z0-9]{30}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'With the client ID, obtains app access tokens for the Twitch API as the application (user tokens act as the user with their granted scopes).',
      revoke: 'Twitch developer console → Applications → Manage → New Secret (user tokens: revoke at id.twitch.tv/oauth2/revoke).',
      url: 'https://dev.twitch.tv/console/apps',
    },
  }),
];
