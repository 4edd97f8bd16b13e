/** pubnub (realtime messaging): messaging and notifications. */
import { B64, decodeBase64, STORE_IN_SECRET_STORE, token, type Detector, type PostValidator } from '../kit/index.js';

/**
 * A PubNub secret key is `sec-c-` + the unpadded Base64 of a UUID (the keyset's secret). Checking
 * that the body decodes to a UUID rejects look-alikes and truncated samples offline.
 */
const isNotBase64Uuid: PostValidator = ({ value }) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(decodeBase64(value.slice('sec-c-'.length)))
    ? undefined
    : 'body does not decode to a UUID';

export const detectors: readonly Detector[] = [
  token({
    id: 'pubnub.secret-key',
    title: 'PubNub secret key',
    // 36 UUID characters are 48 Base64 characters without padding. Publish (`pub-c-`) and subscribe
    // (`sub-c-`) keys ship in clients and are not secrets.
    prefix: 'sec-c-',
    alphabet: B64,
    length: 48,
    post: [isNotBase64Uuid],
    guide: {
      grants:
        "Signs Access Manager grants and administrative requests for the keyset: issues tokens for any channel or user, bypassing the app's access control.",
      revoke:
        'PubNub Admin Portal → the app → the keyset → regenerate the secret key (or create a new keyset), then update the servers that issue tokens.',
      url: 'https://admin.pubnub.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
