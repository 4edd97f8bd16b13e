/** Examples of the Jenkins detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'jenkins.api-token': {
    positive: [
      `JENKINS_API_TOKEN=«11${fake(HEX, 32, 'jk1')}»`,
      `curl -u admin:«${fake(HEX, 32, 'jk2')}» https://jenkins.example.com/job/deploy/build`,
      `git clone https://ci-bot:«11${fake(HEX, 32, 'jk3')}»@jenkins.example.com/scm/repo.git`,
    ],
    negative: [`Jenkins-Crumb: ${fake(HEX, 64, 'crumb')}`, 'JENKINS_API_TOKEN=${JENKINS_TOKEN}', `JENKINS_BUILD_NUMBER=${fake(HEX, 32, 'nope')}`],
  },
};
