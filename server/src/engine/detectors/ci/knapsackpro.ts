/** knapsackpro (CI test splitting): CI and developer tooling. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_CI_SECRETS } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'knapsackpro.api-key',
    title: 'Knapsack Pro API token',
    keywords: ['knapsack'],
    providers: [phrase('knapsack pro'), phrase('knapsack')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `knapsack…` name (`KNAPSACK_PRO_TEST_SUITE_TOKEN`).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and writes the test suite's timing data and build queue.",
      revoke: 'knapsackpro.com → Dashboard → the test suite → regenerate the API token.',
      url: 'https://knapsackpro.com/dashboard',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
