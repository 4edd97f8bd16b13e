/** Examples of the nasa detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nasa.api-key': {
    positive: [`NASA_API_KEY=«${fake(B62, 40, 'nasa')}»`, `https://api.nasa.gov/planetary/apod?api_key=«${fake(B62, 40, 'nasa2')}»`],
    negative: ['https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY', 'NASA_API_KEY=DEMO_KEY'],
  },
};
