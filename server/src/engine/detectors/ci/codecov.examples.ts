/** Examples of the Codecov detectors (test data: never imported by the runtime). */
import { fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'codecov.token': {
    positive: [
      `CODECOV_TOKEN=«${fakeUuid('cov1')}»`,
      `      - uses: codecov/codecov-action@v4\n        with:\n          codecov_token: «${fakeUuid('cov2')}»`,
    ],
    negative: ['CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', `CODECOV_REPO_ID=${fakeUuid('id')}`],
  },
};
