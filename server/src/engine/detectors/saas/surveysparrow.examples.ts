/** Examples of the surveysparrow detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'surveysparrow.api-key': {
    positive: [
      `SURVEYSPARROW_API_KEY=«${fake(B64URL, 88, 'surveysparrow1')}»`,
      `credentials:\n  survey_sparrow_token: "«${fake(B64URL, 88, 'surveysparrow2')}»"`,
      `const surveySparrowSecret = '«${fake(B64URL, 88, 'surveysparrow3')}»';`,
    ],
    negative: [
      `SURVEYSPARROW_ACCOUNT_ID=${fake(B64URL, 88, 'surveysparrow4')}`,
      `SURVEYSPARROW_API_KEY=${fake(B64URL, 88, 'surveysparrow5')}${fake(B62, 6, 'tail')}`,
      `# SurveySparrow settings\nAPI_KEY=${fake(B64URL, 88, 'surveysparrow6')}`,
      `SURVEYSPARROW_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
