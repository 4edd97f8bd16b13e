/** Examples of the Jenkins detectors (test data: never imported by the runtime). */
import { fake, fakeBytes, HEX, toBase64, type ExampleTable } from '../kit/examples.js';

function jenkinsSecret(dataBlocks: number, salt: string, ivLength = 16): string {
  const data = fakeBytes(16 * dataBlocks, salt);
  const header = Buffer.alloc(9);
  header[0] = 1;
  header.writeInt32BE(ivLength, 1);
  header.writeInt32BE(data.length, 5);
  return toBase64(Uint8Array.from([...header, ...fakeBytes(ivLength, `${salt}-iv`), ...data]));
}

export const examples: ExampleTable = {
  'jenkins.api-token': {
    positive: [
      `JENKINS_API_TOKEN=«11${fake(HEX, 32, 'jk1')}»`,
      `curl -u admin:«${fake(HEX, 32, 'jk2')}» https://jenkins.example.com/job/deploy/build`,
      `git clone https://ci-bot:«11${fake(HEX, 32, 'jk3')}»@jenkins.example.com/scm/repo.git`,
    ],
    negative: [
      `Jenkins-Crumb: ${fake(HEX, 64, 'crumb')}`,
      'JENKINS_API_TOKEN=${JENKINS_TOKEN}',
      `JENKINS_BUILD_NUMBER=${fake(HEX, 32, 'nope')}`,
    ],
  },
  'jenkins.encrypted-secret': {
    positive: [
      {
        text: `<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">\n  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">\n    <entry>\n      <java.util.concurrent.CopyOnWriteArrayList>\n        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>nexus-deploy</id>\n          <username>deploy</username>\n          <password>{«${jenkinsSecret(2, 'je1')}»}</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n          <id>slack-token</id>\n          <secret>{«${jenkinsSecret(4, 'je2')}»}</secret>\n        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>`,
        path: 'jenkins_home/credentials.xml',
      },
      `<hudson.plugins.git.UserRemoteConfig>\n  <url>https://git.acme.io/app.git</url>\n</hudson.plugins.git.UserRemoteConfig>\n<passphrase>{«${jenkinsSecret(1, 'je3')}»}</passphrase>`,
      `credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              id: "sonar-token"\n              secret: "{«${jenkinsSecret(3, 'je4')}»}"`,
    ],
    negative: [
      '<password>{AQAAABAAAA...}</password>',
      `<password>{${jenkinsSecret(2, 'je5').slice(0, -8)}}</password>`,
      `<secret>{${jenkinsSecret(2, 'je6', 12)}}</secret>`,
      '<password>${DEPLOY_PASSWORD}</password>',
    ],
  },
};
