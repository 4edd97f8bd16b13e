/** Examples of the reachmail detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'reachmail.api-key': {
    positive: [
      `REACHMAIL_API_KEY=«${fake(B64URL, 64, 'reachmail1')}»`,
      `credentials:\n  reach_mail_token: "«${fake(B64URL, 64, 'reachmail2')}»"`,
      `const reachMailSecret = '«${fake(B64URL, 64, 'reachmail3')}»';`,
    ],
    negative: [
      `REACHMAIL_ACCOUNT_ID=${fake(B64URL, 64, 'reachmail4')}`,
      `REACHMAIL_API_KEY=${fake(B64URL, 64, 'reachmail5')}${fake(B62, 6, 'tail')}`,
      `# ReachMail settings\nAPI_KEY=${fake(B64URL, 64, 'reachmail6')}`,
      `REACHMAIL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
