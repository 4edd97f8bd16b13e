/**
 * OneSignal credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, B62, defineDetector, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'onesignal.rest-api-key',
    title: 'OneSignal REST API key',
    keywords: ['os_v2_'],
    // Current keys: os_v2_app_ / os_v2_org_ + ~100 lower-case base32-like characters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>os_v2_(?:app|org)_[a-z0-9]{50,200})(?![A-Za-z0-9])/,
    guide: {
      grants:
        "Sends push notifications, e-mails and SMS to all of the app's subscribers and reads or edits their data (org keys: every app of the organisation).",
      revoke: 'OneSignal dashboard → Settings → Keys & IDs → delete or rotate the API key.',
      url: 'https://documentation.onesignal.com/docs/keys-and-ids',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'onesignal.legacy-rest-api-key',
    title: 'OneSignal legacy REST API key',
    keywords: ['onesignal', 'one_signal'],
    pattern: () =>
      assignment(providerKindName([phrase('one signal')], ['rest api key', 'api key', 'auth key', 'rest key', 'key']), `[${B62.re}]{48}`),
    minEntropy: 3.5,
    guide: {
      grants: "Sends push notifications to all of the app's subscribers and reads or edits their data.",
      revoke: 'OneSignal dashboard → Settings → Keys & IDs → rotate the REST API key (legacy keys should be replaced by os_v2 keys).',
      url: 'https://documentation.onesignal.com/docs/keys-and-ids',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
