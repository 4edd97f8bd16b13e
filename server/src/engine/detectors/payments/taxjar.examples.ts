/** Examples of the taxjar detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'taxjar.api-key': {
    positive: [
      `TAXJAR_API_KEY=«${fake(B62, 32, 'taxjar1')}»`,
      `credentials:\n  tax_jar_token: "«${fake(B62, 32, 'taxjar2')}»"`,
      `const taxJarSecret = '«${fake(B62, 32, 'taxjar3')}»';`,
    ],
    negative: [
      `TAXJAR_ACCOUNT_ID=${fake(B62, 32, 'taxjar4')}`,
      `TAXJAR_API_KEY=${fake(B62, 32, 'taxjar5')}${fake(B62, 6, 'tail')}`,
      `# TaxJar settings\nAPI_KEY=${fake(B62, 32, 'taxjar6')}`,
      `TAXJAR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
