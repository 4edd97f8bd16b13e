/**
 * LINE credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, defineDetector, HEX, phrase, phraseAfterNonLetter, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'line.channel-access-token',
    title: 'LINE Messaging API channel access token',
    keywords: ['line_', 'line-', 'line.', 'linebot', 'channel_access', 'channelaccess', 'channel-access'],
    pattern: () =>
      assignment(
        [
          `${phraseAfterNonLetter('line')}[_.-]?(?:${phrase('bot')}[_.-]?|${phrase('messaging')}[_.-]?(?:${phrase('api')}[_.-]?)?)?(?:${phrase('channel')}[_.-]?)?(?:${phrase('access')}[_.-]?)?${phrase('token')}`,
          `${phrase('channel access token')}`,
        ],
        '[A-Za-z0-9+/]{100,250}={0,2}',
      ),
    minEntropy: 4,
    guide: {
      grants: 'Sends messages as the LINE Official Account to its followers (billed), reads user profiles and manages rich menus.',
      revoke:
        'LINE Developers Console → the provider → the channel → Messaging API → Channel access token → Reissue (long-lived tokens) or revoke via the API.',
      url: 'https://developers.line.biz/console/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'line.channel-secret',
    title: 'LINE channel secret',
    keywords: ['channel_secret', 'channelsecret', 'channel-secret'],
    pattern: () =>
      assignment([`(?:${phraseAfterNonLetter('line')}[_.-]?(?:${phrase('bot')}[_.-]?)?)?${phrase('channel secret')}`], `[${HEX.re}]{32}`),
    minEntropy: 3,
    guide: {
      grants: 'Verifies (and so lets anyone forge) webhook signatures from LINE and issues channel access tokens for the channel.',
      revoke: 'LINE Developers Console → the channel → Basic settings → Channel secret → Issue (reissue).',
      url: 'https://developers.line.biz/console/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
