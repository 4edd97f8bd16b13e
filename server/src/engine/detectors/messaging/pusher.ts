/**
 * Pusher credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, defineDetector, HEX, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pusher.app-secret',
    title: 'Pusher Channels app secret',
    keywords: ['pusher'],
    pattern: () => assignment(providerKindName([phrase('pusher')], ['app secret', 'secret']), `[${HEX.re}]{20}`),
    minEntropy: 3,
    guide: {
      grants:
        'Publishes events to every channel of the app and signs private/presence channel subscriptions, so anyone can impersonate your backend and eavesdrop on private channels.',
      revoke: 'Pusher dashboard → Channels → the app → App Keys → create a new key pair, deploy it, delete the old one.',
      url: 'https://dashboard.pusher.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'pusher.config-secret',
    title: 'Pusher Channels app secret in a client config',
    keywords: ['pusher'],
    scope: 'document',
    // Server SDK configs ({ appId, key, secret, cluster } in JS, 'key' => …, 'secret' => … in PHP)
    // name the fields plainly: a 20-hex `secret` next to a 20-hex `key`, in a document about Pusher.
    pattern:
      /(?<![A-Za-z0-9_])(?:[Aa][Pp][Pp][_-]?)?[Ss][Ee][Cc][Rr][Ee][Tt]["']?\s{0,3}(?:=>|:|=)\s{0,3}["']?(?<secret>[0-9a-f]{20})(?![A-Za-z0-9])/,
    minEntropy: 3,
    companions: [
      {
        name: 'app_key',
        pattern:
          /(?<![A-Za-z0-9_])(?:[Aa][Pp][Pp][_-]?)?[Kk][Ee][Yy]["']?\s{0,3}(?:=>|:|=)\s{0,3}["']?(?<value>[0-9a-f]{20})(?![A-Za-z0-9])/,
        withinLines: 3,
      },
    ],
    requireCompanion: true,
    guide: {
      grants:
        'Publishes events to every channel of the app and signs private/presence channel subscriptions; shipped in a browser bundle, anyone can read it.',
      revoke:
        'Pusher dashboard → Channels → the app → App Keys → create a new key pair, deploy it, delete the old one. Keep the secret on the server only.',
      url: 'https://dashboard.pusher.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'pusher.channels-url',
    title: 'Pusher Channels URL with app secret',
    keywords: ['pusher'],
    // PUSHER_URL=http(s)://<key>:<secret>@api[-cluster].pusher(app).com/apps/<id>
    pattern: /(?<![A-Za-z0-9])https?:\/\/(?<app_key>[0-9a-f]{20}):(?<secret>[0-9a-f]{20})@api(?:-[a-z0-9]{2,8})?\.pusher(?:app)?\.com/,
    minEntropy: 3,
    guide: {
      grants: 'Publishes events to every channel of the app and signs private/presence channel subscriptions.',
      revoke: 'Pusher dashboard → Channels → the app → App Keys → create a new key pair, deploy it, delete the old one.',
      url: 'https://dashboard.pusher.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
