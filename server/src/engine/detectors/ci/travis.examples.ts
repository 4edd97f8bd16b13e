/** Examples of the Travis CI detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'travis.api-token': {
    positive: [`TRAVIS_API_TOKEN=«${fake(B62, 22, 'tr1')}»`, `travis_token: "«${fake(B62, 22, 'tr2')}»"`],
    negative: [`TRAVIS_BUILD_ID=${fake(B62, 22, 'id')}`, 'TRAVIS_TOKEN=this_is_not_the_token_', `TRAVIS_TOKEN=${fake(B62, 12, 'short')}`],
  },
};
