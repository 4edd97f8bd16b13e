/** Examples of the Octopus Deploy detectors (test data: never imported by the runtime). */
import { fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'octopus.api-key': {
    positive: [
      `OCTOPUS_API_KEY=«API-${fake(UPPER_DIGITS, 26, 'oct1')}»`,
      `octo push --package app.zip --server https://octopus.example.com --apiKey «API-${fake(UPPER_DIGITS, 30, 'oct2')}»`,
    ],
    negative: [`OCTOPUS_API_KEY=API-${fake(UPPER_DIGITS, 10, 'short')}`, 'Octopus docs: API-KEYSAREGENERATEDPERUSERPROFILE'],
  },
};
