/** Examples of the securitytrails detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'securitytrails.api-key': {
    positive: [
      `SECURITYTRAILS_API_KEY=«${fake(B62, 32, 'securitytrails1')}»`,
      `credentials:\n  security_trails_token: "«${fake(B62, 32, 'securitytrails2')}»"`,
      `const securityTrailsSecret = '«${fake(B62, 32, 'securitytrails3')}»';`,
    ],
    negative: [
      `SECURITYTRAILS_ACCOUNT_ID=${fake(B62, 32, 'securitytrails4')}`,
      `SECURITYTRAILS_API_KEY=${fake(B62, 32, 'securitytrails5')}${fake(B62, 6, 'tail')}`,
      `# SecurityTrails settings\nAPI_KEY=${fake(B62, 32, 'securitytrails6')}`,
      `SECURITYTRAILS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
