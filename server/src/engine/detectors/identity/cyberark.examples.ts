/** Examples of the cyberark detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cyberark.conjur-api-key': {
    positive: [`CONJUR_AUTHN_API_KEY=«${fake(alphabet('a-z0-9'), 55, 'conjur')}»`],
    negative: ['CONJUR_AUTHN_API_KEY=${CONJUR_AUTHN_API_KEY}', 'CONJUR_AUTHN_LOGIN=host/ride-api/production-deployment-controller-eu-west'],
  },
};
