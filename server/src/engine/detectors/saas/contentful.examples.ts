/** Examples of the contentful detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'contentful.management-token': {
    positive: [
      `CONTENTFUL_MANAGEMENT_TOKEN=«CFPAT-${fake(B64URL, 43, 'cf')}»`,
      `contentful-cli login --management-token «CFPAT-${fake(B64URL, 43, 'cf2')}»`,
    ],
    negative: [`CONTENTFUL_DELIVERY_TOKEN=${fake(B64URL, 43, 'cda')}`, 'CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
