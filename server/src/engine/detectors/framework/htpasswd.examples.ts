/** Examples of the Htpasswd detectors (test data: never imported by the runtime). */
import { B62, alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'htpasswd.plaintext': {
    positive: [
      {
        text: `admin:$apr1$${fake(B62, 8, 'salt')}$${fake(B62, 22, 'h')}\nstaging:«${fake(B62, 12, 'ht1')}»\n`,
        path: 'deploy/nginx/.htpasswd',
      },
      { text: `# nginx auth_basic_user_file\nmetrics:{PLAIN}«${fake(B62, 16, 'ht3')}»\n`, path: 'nginx/conf.d/metrics.htpasswd' },
    ],
    negative: [
      {
        text: `admin:$2y$05$${fake(alphabet('A-Za-z0-9./'), 53, 'bc')}\nops:{SHA}${Buffer.from(fake(B62, 20, 'sha')).toString('base64')}`,
        path: '.htpasswd',
      },
      { text: `staging:${fake(B62, 12, 'ht2')}`, path: 'notes.txt' },
    ],
  },
  'htpasswd.command-password': {
    positive: [
      `RUN htpasswd -Bbc /etc/nginx/.htpasswd admin «${fake(B62, 14, 'hc1')}»`,
      `htpasswd -nbB monitor "«${fake(B62, 14, 'hc2')}»" >> auth/users`,
    ],
    negative: ['htpasswd -c /etc/nginx/.htpasswd admin', 'htpasswd -Bbc /etc/nginx/.htpasswd admin "$ADMIN_PASSWORD"'],
  },
};
