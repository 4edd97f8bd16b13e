/**
 * Carbon Interface credentials. Shape: 21 base62 (XCHK: KF carboninterface.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'carboninterface.api-key',
    title: 'Carbon Interface API key',
    keywords: ['carboninterface', 'carbon_interface', 'carbon-interface', 'carbon.interface'],
    providers: [phrase('carbon interface')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{21}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Carbon Interface estimates API billed to the account.',
      revoke: 'Carbon Interface dashboard → API keys → revoke.',
      url: 'https://www.carboninterface.com/',
    },
  }),
];
