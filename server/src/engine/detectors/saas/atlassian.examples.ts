/** Examples of the atlassian detectors (test data: never imported by the runtime). */
import { alphabet, B62, B64URL, type ExampleTable, fake, HEX_UPPER, toBase64 } from '../kit/examples.js';

const atlassianToken = `ATATT3xFfGF0${fake(B64URL, 171, 'atl')}=${fake(HEX_UPPER, 8, 'atl-crc')}`;
const dcPat = toBase64(`${fake(alphabet('0-9'), 12, 'dcpat-id')}:${fake(B62, 20, 'dcpat')}`);

export const examples: ExampleTable = {
  'atlassian.api-token': {
    positive: [
      `JIRA_API_TOKEN=«${atlassianToken}»`,
      `curl -u ops@example.com:«${atlassianToken}» https://acme.atlassian.net/rest/api/3/myself`,
      `confluence:\n  token: "«ATATT3xFfGF0${fake(B64URL, 171, 'atl2')}=${fake(HEX_UPPER, 8, 'atl2-crc')}»"`,
    ],
    negative: [
      'JIRA_API_TOKEN=ATATT3xFfGF0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `ATATT3${fake(B64URL, 40, 'short')}`,
    ],
  },
  'atlassian.admin-api-key': {
    positive: [`ATLASSIAN_ADMIN_KEY=«ATCTT3xFfGN0${fake(B64URL, 171, 'atc')}=${fake(HEX_UPPER, 8, 'atc-crc')}»`],
    negative: [`ATCTT3${fake(B64URL, 30, 'short')}`],
  },
  'atlassian.api-token-legacy': {
    positive: [`JIRA_API_TOKEN=«${fake(B62, 24, 'jira-legacy')}»`, `confluence_password: "«${fake(B62, 24, 'conf-legacy')}»"`],
    negative: ['JIRA_API_TOKEN=${JIRA_TOKEN}', 'JIRA_PROJECT_KEY=PLATFORMOPSBACKLOGSPRINT', 'jira_token = "changeme"'],
  },
  'atlassian.dc-pat': {
    positive: [
      `JIRA_PAT=«${dcPat}»`,
      `confluence_bearer_token: «${toBase64(`${fake(alphabet('0-9'), 12, 'dcpat-id2')}:${fake(B62, 20, 'dcpat2')}`)}»`,
    ],
    negative: [`JIRA_PAT=${toBase64(fake(B62, 33, 'notpat'))}`, `JIRA_PAT=N${fake(B62, 43, 'rand')}`],
  },
};
