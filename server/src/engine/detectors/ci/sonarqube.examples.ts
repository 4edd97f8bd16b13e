/** Examples of the SonarQube / SonarCloud detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sonarqube.token': {
    positive: [
      `SONAR_TOKEN=«squ_${fake(HEX, 40, 'sq1')}»`,
      `mvn sonar:sonar -Dsonar.token=«sqp_${fake(HEX, 40, 'sq2')}»`,
      `sonar.login=«sqa_${fake(HEX, 40, 'sq3')}»`,
    ],
    negative: [`SONAR_TOKEN=squ_${fake(HEX, 20, 'short')}`, 'SONAR_TOKEN=squ_<token>'],
  },
  'sonarqube.legacy-token': {
    positive: [`SONAR_TOKEN=«${fake(HEX, 40, 'sql1')}»`, `sonar.login=«${fake(HEX, 40, 'sql2')}»`],
    negative: [`sonar.scm.revision=${fake(HEX, 40, 'sha')}`, 'SONAR_TOKEN=${SONAR_TOKEN}'],
  },
};
