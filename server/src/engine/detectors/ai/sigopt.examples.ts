/** Examples of the sigopt detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sigopt.api-key': {
    positive: [
      `SIGOPT_API_KEY=«${fake(B62, 48, 'sigopt1')}»`,
      `credentials:\n  sig_opt_token: "«${fake(B62, 48, 'sigopt2')}»"`,
      `const sigOptSecret = '«${fake(B62, 48, 'sigopt3')}»';`,
    ],
    negative: [
      `SIGOPT_ACCOUNT_ID=${fake(B62, 48, 'sigopt4')}`,
      `SIGOPT_API_KEY=${fake(B62, 48, 'sigopt5')}${fake(B62, 6, 'tail')}`,
      `# SigOpt settings\nAPI_KEY=${fake(B62, 48, 'sigopt6')}`,
      `SIGOPT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
