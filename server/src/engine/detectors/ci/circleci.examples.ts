/** Examples of the CircleCI detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'circleci.personal-token': {
    positive: [
      `CIRCLE_TOKEN=«CCIPAT_${fake(B62, 22, 'cc1')}_${fake(HEX, 40, 'cc2')}»`,
      `curl -H "Circle-Token: «CCIPAT_${fake(B62, 22, 'cc3')}_${fake(HEX, 40, 'cc4')}»" https://circleci.com/api/v2/me`,
    ],
    negative: [`CIRCLE_TOKEN=CCIPAT_${fake(B62, 22, 'cc1')}_${fake(HEX, 12, 'short')}`],
  },
  'circleci.project-token': {
    positive: [`CIRCLECI_PROJECT_TOKEN=«CCIPRJ_${fake(B62, 22, 'cp1')}_${fake(HEX, 40, 'cp2')}»`],
    negative: [`CIRCLECI_PROJECT_TOKEN=CCIPRJ_${'x'.repeat(22)}_${fake(HEX, 40, 'cp2')}`, 'CCIPRJ_ tokens belong to a single project'],
  },
  'circleci.legacy-token': {
    positive: [
      `CIRCLE_TOKEN=«${fake(HEX, 40, 'ccl1')}»`,
      `curl -H "Circle-Token: «${fake(HEX, 40, 'ccl2')}»" https://circleci.com/api/v2/me`,
      `CIRCLECI_API_TOKEN="«${fake(HEX, 40, 'ccl3')}»"`,
    ],
    negative: [`CIRCLE_SHA1=${fake(HEX, 40, 'sha')}`, 'CIRCLE_TOKEN=${CIRCLECI_TOKEN}', `CIRCLE_TOKEN=${fake(HEX, 32, 'short')}`],
  },
};
