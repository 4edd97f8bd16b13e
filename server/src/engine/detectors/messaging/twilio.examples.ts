/** Examples of the Twilio detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'twilio.auth-token': {
    positive: [
      `TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'tw1')}\nTWILIO_AUTH_TOKEN=«${fake(HEX, 32, 'tw2')}»`,
      `twilio:\n  twilio_auth_token: "«${fake(HEX, 32, 'tw3')}»"`,
    ],
    negative: [
      // The Account SID is an identifier, not a secret.
      `TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'tw4')}`,
      'TWILIO_AUTH_TOKEN=your_auth_token',
      'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
      // Algolia search-only keys are public (same 32-hex shape).
      `ALGOLIA_SEARCH_ONLY_KEY=${fake(HEX, 32, 'tw5')}  # twilio sms fallback disabled`,
    ],
  },
  'twilio.account-credentials': {
    positive: [
      `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${fake(HEX, 32, 'ta1')}/Messages.json -u AC${fake(HEX, 32, 'ta1')}:«${fake(HEX, 32, 'ta2')}»`,
      `from twilio.rest import Client\nclient = Client("AC${fake(HEX, 32, 'ta3')}", "«${fake(HEX, 32, 'ta4')}»")`,
    ],
    negative: [
      `from twilio.rest import Client\nclient = Client("AC${fake(HEX, 32, 'ta5')}", auth_token)`,
      'twilio -u ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:your_auth_token',
    ],
  },
  'twilio.api-key': {
    positive: [
      `# twilio\ncurl https://api.twilio.com/2010-04-01/Accounts.json -u SK${fake(HEX, 32, 'tk1')}:«${fake(B62, 32, 'tk2')}»`,
      `from twilio.rest import Client\nclient = Client('SK${fake(HEX, 32, 'tk3')}', '«${fake(B62, 32, 'tk4')}»', 'AC${fake(HEX, 32, 'tk5')}')`,
    ],
    negative: [`TWILIO_API_KEY=SK${fake(HEX, 32, 'tk6')}`, `twilio -u SK${fake(HEX, 32, 'tk7')}:your_api_secret_goes_here_please`],
  },
  'twilio.api-key-secret': {
    positive: [
      `TWILIO_API_KEY=SK${fake(HEX, 32, 'ks1')}\nTWILIO_API_SECRET=«${fake(B62, 32, 'ks2')}»`,
      `{"twilioApiSecret": "«${fake(B62, 32, 'ks3')}»"}`,
    ],
    negative: ['TWILIO_API_SECRET=your_api_secret', `TWILIO_API_SECRET=${fake(B62, 16, 'ks4')}`],
  },
};
