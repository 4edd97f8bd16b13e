/** Examples of the curl detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'curl.user-credentials': {
    positive: [
      `curl -s -u ci-bot:«${fake(B62, 20, 'cu1')}» https://jenkins.acme.io/job/deploy/build`,
      `curl -X POST \\\n  --user "admin:«${fake(B62, 16, 'cu2')}»" \\\n  https://grafana.acme.io/api/dashboards/db`,
    ],
    negative: [
      'curl -u $USER:$PASS https://api.acme.io',
      'curl -u user:password https://api.example.com',
      'sort -u data:file',
      'curl https://api.acme.io/export | sort -u -k1 field:value',
      'curl -u "${API_USER}:${API_PASSWORD}" https://api.acme.io',
    ],
  },
};
