/** Examples of the spoonacular detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'spoonacular.api-key': {
    positive: [
      `SPOONACULAR_API_KEY=«${fake(B62, 32, 'spoonacular1')}»`,
      `credentials:\n  spoonacular_token: "«${fake(B62, 32, 'spoonacular2')}»"`,
      `const spoonacularSecret = '«${fake(B62, 32, 'spoonacular3')}»';`,
    ],
    negative: [
      `SPOONACULAR_ACCOUNT_ID=${fake(B62, 32, 'spoonacular4')}`,
      `SPOONACULAR_API_KEY=${fake(B62, 32, 'spoonacular5')}${fake(B62, 6, 'tail')}`,
      `# Spoonacular settings\nAPI_KEY=${fake(B62, 32, 'spoonacular6')}`,
      `SPOONACULAR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
