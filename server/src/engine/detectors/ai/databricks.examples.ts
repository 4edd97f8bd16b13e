/** Examples of the Databricks detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'databricks.oauth-secret': {
    positive: [`DATABRICKS_CLIENT_SECRET=«dose${fake(HEX, 32, 'dose')}»`],
    negative: ['the dosage was doses123'],
  },
};
