/**
 * Blocknative credentials. Shape: UUID (XCHK: KF blocknative.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, STORE_IN_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'blocknative.api-key',
    title: 'Blocknative API key',
    keywords: ['blocknative'],
    providers: [phrase('blocknative')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: 'Uses Blocknative mempool and gas APIs billed to the account; webhooks and watched addresses of the account.',
      revoke: 'Blocknative account → API keys → delete the key.',
      url: 'https://account.blocknative.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
