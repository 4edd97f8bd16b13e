/** Examples of the Coveralls detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'coveralls.repo-token': {
    positive: [
      `COVERALLS_REPO_TOKEN=«${fake(B62, 32, 'cv1')}»`,
      { text: `service_name: github-actions\nrepo_token: «${fake(B62, 35, 'cv2')}»`, path: '.coveralls.yml' },
    ],
    negative: [`repo_token: ${fake(B62, 32, 'cv3')}`, 'COVERALLS_REPO_TOKEN=${{ secrets.COVERALLS_REPO_TOKEN }}'],
  },
};
