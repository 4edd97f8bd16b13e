/** Examples of the PlanetScale detectors (test data: never imported by the runtime). */
import { B62, alphabet, fake, type DetectorExamples, type ExampleTable } from '../kit/examples.js';

function token(id: string, prefix: string): DetectorExamples {
  return {
    positive: [`DATABASE_PASSWORD=«${prefix}${fake(alphabet('A-Za-z0-9_-'), 43, id)}»`],
    negative: [`${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `${prefix}${fake(B62, 12, 'short')}`],
  };
}

export const examples: ExampleTable = {
  'planetscale.password': token('planetscale.password', 'pscale_pw_'),
  'planetscale.service-token': token('planetscale.service-token', 'pscale_tkn_'),
  'planetscale.oauth-token': token('planetscale.oauth-token', 'pscale_oauth_'),
};
