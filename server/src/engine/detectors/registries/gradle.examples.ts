/** Examples of the Gradle detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gradle.plugin-portal-secret': {
    positive: [
      `gradle.publish.key=${fake(B62, 32, 'gk')}\ngradle.publish.secret=«${fake(B62, 32, 'gs')}»`,
      `GRADLE_PUBLISH_SECRET: «${fake(B62, 32, 'gs2')}»`,
    ],
    negative: [`gradle.publish.key=${fake(B62, 32, 'gk')}`, 'gradle.publish.secret=${GRADLE_PUBLISH_SECRET}'],
  },
  'gradle.repository-credentials': {
    positive: [
      `maven {\n    url "https://repo.example.com/releases"\n    credentials {\n        username "deployer"\n        password "«${fake(B62, 20, 'gr1')}»"\n    }\n}`,
      `maven {\n    url = uri("https://repo.example.com/releases")\n    credentials {\n        username = "deployer"\n        password = "«${fake(B62, 24, 'gr2')}»"\n    }\n}`,
    ],
    negative: [
      'credentials {\n    username = System.getenv("REPO_USER")\n    password = System.getenv("REPO_PASSWORD")\n}',
      'credentials {\n    username "deployer"\n    password "$repoPassword"\n}',
      `credentials {\n    username "deployer"\n}\n${'// unrelated configuration line\n'.repeat(12)}def password = "${fake(B62, 20, 'nocred')}"`,
    ],
  },
};
