/** Examples of the httpie detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'httpie.auth-argument': {
    positive: [
      `http -a deploy:«${fake(B62, 18, 'hi1')}» POST https://api.acme.io/v1/deployments ref=main`,
      `https --auth=ci-bot:«${fake(B62, 22, 'hi2')}» GET api.acme.io/v2/builds`,
      `xh --ignore-stdin -a 'admin:«${fake(B62, 16, 'hi3')}»' put :8080/api/settings debug:=false`,
    ],
    negative: [
      'http -a deploy POST https://api.acme.io/v1/deployments',
      'http -a "$API_USER:$API_PASSWORD" GET https://api.acme.io/v2/builds',
      'http -a user:password pie.dev/basic-auth/user/password',
      'curl -a https://api.acme.io/x',
      `see https://docs.acme.io -a admin:${fake(B62, 18, 'hi4')}`,
    ],
  },
};
