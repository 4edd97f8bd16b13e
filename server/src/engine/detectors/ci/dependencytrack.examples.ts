/** Examples of the OWASP Dependency-Track detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'dependencytrack.api-key': {
    positive: [
      `DEPENDENCYTRACK_API_KEY=«odt_${fakeMixed(B62, 32, 'depe0a')}»`,
      `{ "dependencytrack_api_key": "«odt_${fakeMixed(B62, 32, 'depe0b')}»" }`,
    ],
    negative: [`DEPENDENCYTRACK_API_KEY=odt_${fake(B62, 28, 'depe0c')}`, `DEPENDENCYTRACK_API_KEY=odt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
  },
};
