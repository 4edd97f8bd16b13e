/** Examples of the voodoosms detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'voodoosms.api-key': {
    positive: [
      `VOODOOSMS_API_KEY=«${fake(B62, 46, 'voodoosms1')}»`,
      `credentials:\n  voodoo_sms_token: "«${fake(B62, 46, 'voodoosms2')}»"`,
      `const voodooSmsSecret = '«${fake(B62, 46, 'voodoosms3')}»';`,
    ],
    negative: [
      `VOODOOSMS_ACCOUNT_ID=${fake(B62, 46, 'voodoosms4')}`,
      `VOODOOSMS_API_KEY=${fake(B62, 46, 'voodoosms5')}${fake(B62, 6, 'tail')}`,
      `# VoodooSMS settings\nAPI_KEY=${fake(B62, 46, 'voodoosms6')}`,
      `VOODOOSMS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
