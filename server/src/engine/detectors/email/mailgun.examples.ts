/** Examples of the Mailgun detectors (test data: never imported by the runtime). */
import { HEX, fake, fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mailgun.api-key': {
    positive: [
      `MAILGUN_API_KEY=«key-${fake(HEX, 32, 'mg1')}»`,
      `curl -s --user 'api:«key-${fake(HEX, 32, 'mg2')}»' https://api.mailgun.net/v3/mg.example.com/messages`,
    ],
    negative: [
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `MAILGUN_PUBLIC_KEY=pubkey-${fake(HEX, 32, 'mg3')}`,
      'api-key-rotation is documented',
    ],
  },
  'mailgun.private-api-key': {
    positive: [
      `MAILGUN_API_KEY=«${fake(HEX, 32, 'mk1')}-${fake(HEX, 8, 'mk2')}-${fake(HEX, 8, 'mk3')}»`,
      `# send through mailgun\ncurl --user 'api:«${fake(HEX, 32, 'mk4')}-${fake(HEX, 8, 'mk5')}-${fake(HEX, 8, 'mk6')}»' https://api.eu.mailgun.net/v3/mg.example.com/messages`,
    ],
    negative: [
      `MAILGUN_WEBHOOK_SIGNING_KEY=${fake(HEX, 32, 'mk7')}-${fake(HEX, 8, 'mk8')}-${fake(HEX, 8, 'mk9')}`,
      `mailgun_domain_id = "${fakeUuid('mk10')}"`,
    ],
  },
  'mailgun.webhook-signing-key': {
    positive: [`MAILGUN_WEBHOOK_SIGNING_KEY=«${fake(HEX, 32, 'ws1')}-${fake(HEX, 8, 'ws2')}-${fake(HEX, 8, 'ws3')}»`],
    negative: ['MAILGUN_WEBHOOK_SIGNING_KEY=<signing-key>', `MAILGUN_DOMAIN=mg.example.com`],
  },
};
