/** Examples of the basic-auth detectors (test data: never imported by the runtime). */
import { B62, fake, fakeBytes, toBase64, type ExampleTable } from '../kit/examples.js';

const pair = (user: string, salt: string) => toBase64(`${user}:${fake(B62, 18, salt)}`);

export const examples: ExampleTable = {
  'basic-auth.encoded-credentials': {
    positive: [
      `remote_write:\n  - url: https://metrics.acme.io/api/v1/push\n    headers:\n      basic_auth: "«${pair('grafana-agent', 'bb1')}»"`,
      `BASIC_AUTH_CREDENTIALS=«${pair('deploy', 'bb2')}»`,
      `const client = axios.create({ baseURL, headers: { 'X-Custom': '1' }, basicAuthHeader: '«${pair('svc-reports', 'bb3')}»' });`,
      `{"httpBasicCredentials": "«${pair('admin', 'bb4')}»"}`,
    ],
    negative: [
      `basic_auth: "${toBase64('user:password')}"`,
      `BASIC_AUTH=${toBase64('Aladdin:open sesame')}`,
      `basic_auth: "${toBase64(fakeBytes(24, 'bb5'))}"`,
      `basic_auth: "${toBase64('deploy:${DEPLOY_PASSWORD}')}"`,
      `BASIC_AUTH_USER=${fake(B62, 16, 'bb6')}`,
      'basic_auth:\n  username: deploy\n  password_file: /run/secrets/metrics',
      `BASIC_AUTH_TOKEN=${toBase64('deploy-token-only')}`,
    ],
  },
};
