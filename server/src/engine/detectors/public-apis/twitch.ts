/**
 * Twitch application credentials. Shape: CREDENTIAL-FORMATS.md §3 (30 [a-z0-9]; XCHK: GL twitch-api-token, KF twitchaccesstoken.yml);
 * CREDENTIAL-FORMATS.md §3 (30 [a-z0-9]; XCHK: KF twitchaccesstoken.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'twitch.client-secret',
    title: 'Twitch application client secret',
    keywords: ['twitch'],
    providers: [phrase('twitch')],
    kinds: ['client secret', 'app secret', 'secret'],
    value: '[a-z0-9]{30}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Obtains app access tokens for the Twitch application and exchanges users' authorization codes: acts as the app on the Helix API.",
      revoke: 'Twitch developer console → Applications → Manage → New Secret (the old secret stops working).',
      url: 'https://dev.twitch.tv/console/apps',
    },
  }),
  contextual({
    id: 'twitch.access-token',
    title: 'Twitch OAuth access token',
    keywords: ['twitch'],
    providers: [phrase('twitch')],
    kinds: ['access token', 'oauth token', 'user token', 'app token', 'bot token'],
    value: '[a-z0-9]{30}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts on the Twitch API (and IRC chat, as `oauth:<token>`) as the user or app the token was issued to, with its scopes.',
      revoke:
        "Revoke it with POST https://id.twitch.tv/oauth2/revoke (client_id + token), or disconnect the app under the user's Twitch Settings → Connections.",
      url: 'https://dev.twitch.tv/docs/authentication/revoke-tokens/',
    },
  }),
];
