/** Examples of the Framework detectors (test data: never imported by the runtime). */
import { B62, B64, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'framework.secret-key': {
    positive: [`SECRET_KEY=«${fake(B62, 48, 'sk1')}»`, `[webserver]\nsecret_key = «${fake(B64, 32, 'sk2')}»`],
    negative: [
      'SECRET_KEY=${SECRET_KEY}',
      'SECRET_KEY=changeme',
      `AWS_SECRET_KEY=${fake(B62, 40, 'aws')}`,
      `SECRET_KEY_BASE=${fake(HEX, 128, 'skb')}`,
      'secret_key = get_secret("app/secret_key")',
    ],
  },
};
