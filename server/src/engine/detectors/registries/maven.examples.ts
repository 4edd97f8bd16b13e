/** Examples of the Maven detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'maven.settings-password': {
    positive: [
      {
        text: `<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>deployer</username>\n      <password>«${fake(B62, 20, 'mvn')}»</password>\n    </server>\n  </servers>\n</settings>`,
        path: '.m2/settings.xml',
      },
    ],
    negative: [
      '<servers>\n  <server>\n    <id>ossrh</id>\n    <password>${env.OSSRH_PASSWORD}</password>\n  </server>\n</servers>',
      `<servers>\n  <server>\n    <password>{${toBase64(fake(B62, 30, 'enc'))}}</password>\n  </server>\n</servers>`,
    ],
  },
  'maven.repository-password': {
    positive: [
      `ossrhPassword=«${fake(B62, 24, 'ossrh')}»`,
      `ORG_GRADLE_PROJECT_mavenCentralPassword=«${fake(B64URL, 44, 'central')}»`,
      `NEXUS_PASSWORD: "«${fake(B62, 16, 'nexus')}»"`,
    ],
    negative: ['ossrhPassword=${OSSRH_PASSWORD}', 'NEXUS_PASSWORD=admin123', `NEXUS_USERNAME=${fake(B62, 16, 'user')}`],
  },
};
