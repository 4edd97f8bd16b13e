/** Examples of the Clojars detectors (test data: never imported by the runtime). */
import { fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clojars.deploy-token': {
    positive: [
      `CLOJARS_PASSWORD=«CLOJARS_${fake(LOWER_DIGITS, 60, 'clj')}»`,
      `{:url "https://repo.clojars.org" :password "«CLOJARS_${fake(LOWER_DIGITS, 60, 'clj2')}»"}`,
    ],
    negative: [`CLOJARS_PASSWORD=CLOJARS_${fake(LOWER_DIGITS, 20, 'short')}`, 'CLOJARS_USERNAME=jdoe'],
  },
};
