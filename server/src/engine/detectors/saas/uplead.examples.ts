/** Examples of the uplead detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'uplead.api-key': {
    positive: [
      `UPLEAD_API_KEY=«${fake(B62, 32, 'uplead1')}»`,
      `credentials:\n  up_lead_token: "«${fake(B62, 32, 'uplead2')}»"`,
      `const upLeadSecret = '«${fake(B62, 32, 'uplead3')}»';`,
    ],
    negative: [
      `UPLEAD_ACCOUNT_ID=${fake(B62, 32, 'uplead4')}`,
      `UPLEAD_API_KEY=${fake(B62, 32, 'uplead5')}${fake(B62, 6, 'tail')}`,
      `# UpLead settings\nAPI_KEY=${fake(B62, 32, 'uplead6')}`,
      `UPLEAD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
