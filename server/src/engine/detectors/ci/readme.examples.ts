/** Examples of the ReadMe detectors (test data: never imported by the runtime). */
import { fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'readme.api-key': {
    positive: [`README_API_KEY=«rdme_${fake(LOWER_DIGITS, 70, 'rd1')}»`, `npx rdme openapi --key=«rdme_${fake(LOWER_DIGITS, 70, 'rd2')}»`],
    negative: [`README_API_KEY=rdme_${fake(LOWER_DIGITS, 20, 'short')}`],
  },
};
