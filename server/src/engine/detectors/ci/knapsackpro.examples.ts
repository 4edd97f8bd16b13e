/** Examples of the knapsackpro detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'knapsackpro.api-key': {
    positive: [
      `KNAPSACK_PRO_TEST_SUITE_TOKEN=«${fake(LOWER_DIGITS, 32, 'knapsa1')}»`,
      `knapsack_pro_test_suite_token: «${fake(LOWER_DIGITS, 32, 'knapsa2')}»`,
      `const knapsackProTestSuiteToken = '«${fake(LOWER_DIGITS, 32, 'knapsa3')}»';`,
    ],
    negative: [
      `KNAPSACK_PRO_TEST_SUITE_TOKEN=${fake(LOWER_DIGITS, 28, 'short')}`,
      'KNAPSACK_PRO_TEST_SUITE_TOKEN=your_knapsackpro_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'knapsan')}`,
      'KNAPSACK_PRO_TEST_SUITE_TOKEN=${KNAPSACK_PRO_TEST_SUITE_TOKEN}',
    ],
  },
};
