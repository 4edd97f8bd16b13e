/** Examples of the Clarifai detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clarifai.pat': {
    positive: [`CLARIFAI_API_KEY=«${fake(B62, 32, 'clar')}»`],
    negative: ['CLARIFAI_API_KEY=${CLARIFAI_API_KEY}', 'CLARIFAI_USER_ID=clarifai'],
  },
};
