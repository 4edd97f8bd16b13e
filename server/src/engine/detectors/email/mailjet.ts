/** Mailjet API secret keys and SMS / API v4 tokens: un-prefixed, so the provider must be in the name. */
import {
  B62,
  HEX,
  STORE_IN_SECRET_STORE,
  assignment,
  defineDetector,
  lacksLetterAndDigit,
  phrase,
  phraseAfterNonLetter,
  providerKindName,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mailjet.api-secret',
    title: 'Mailjet API secret key',
    keywords: ['mailjet', 'mj_apikey', 'mj_api'],
    pattern: () =>
      assignment(
        [
          providerKindName([phrase('mailjet')], ['api secret', 'secret key', 'secret', 'private key', 'apikey private']),
          `${phraseAfterNonLetter('mj')}[_.-]?${phrase('apikey private')}`,
          `${phraseAfterNonLetter('mj')}[_.-]?${phrase('api secret')}`,
        ],
        `[${HEX.re}]{32}`,
      ),
    minEntropy: 3,
    companions: [
      {
        name: 'api_key',
        pattern: /(?:[Pp][Uu][Bb][Ll][Ii][Cc]|[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy])["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{32})\b/,
        withinLines: 3,
      },
    ],
    guide: {
      grants:
        'With the API key, full use of the Mailjet account: sends e-mail from your senders, exports contacts and lists, manages campaigns and sub-accounts.',
      revoke:
        'Mailjet → Account settings → REST API → API Key Management → regenerate the secret key (or create a sub-account key and delete this one).',
      url: 'https://app.mailjet.com/account/apikeys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'mailjet.sms-token',
    title: 'Mailjet SMS / API v4 token',
    keywords: ['mailjet'],
    pattern: () =>
      assignment(providerKindName([phrase('mailjet')], ['sms token', 'api token', 'bearer token', 'token']), `[${B62.re}]{32}`),
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends SMS billed to the Mailjet account and reads SMS statistics.',
      revoke: 'Mailjet → Account settings → SMS → API tokens → delete the token and create a new one.',
      url: 'https://app.mailjet.com/sms',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
