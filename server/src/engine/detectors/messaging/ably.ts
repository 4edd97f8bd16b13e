/**
 * Ably credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { defineDetector, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ably.api-key',
    title: 'Ably API key',
    keywords: ['ably'],
    // <app id>.<key id>:<secret>; the whole string is what clients pass as `key`. Line scope: the name
    // sits beside the key (`ABLY_API_KEY=`, `new Ably.Realtime({ key })`), and in document scope every
    // "probably" in a file ran this prefix-less regex over all of it (3 % of a large tree scan).
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/=-]{30,50})(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4,
    guide: {
      grants: "Publishes, subscribes and reads history on the app's channels with the key's capabilities, and issues tokens to clients.",
      revoke: 'Ably dashboard → the app → API Keys → Revoke the key (and create a replacement with the needed capabilities).',
      url: 'https://ably.com/accounts',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
