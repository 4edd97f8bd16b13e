/**
 * GraphHopper credentials. Shape: UUID-shaped, 36 [a-z0-9-] (XCHK: KF graphhopper.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'graphhopper.api-key',
    title: 'GraphHopper API key',
    keywords: ['graphhopper', 'graph_hopper', 'graph-hopper', 'graph.hopper'],
    providers: [phrase('graph hopper')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: 'Calls GraphHopper routing, matrix, geocoding and optimisation APIs billed against the account credits.',
      revoke: 'GraphHopper dashboard → API keys → delete the key.',
      url: 'https://graphhopper.com/dashboard/#/apikeys',
    },
  }),
];
