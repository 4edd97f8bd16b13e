/** Examples of the ticketmaster detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ticketmaster.api-key': {
    positive: [
      `TICKETMASTER_API_KEY=«${fake(B62, 32, 'ticketmaster1')}»`,
      `credentials:\n  ticket_master_token: "«${fake(B62, 32, 'ticketmaster2')}»"`,
      `const ticketMasterSecret = '«${fake(B62, 32, 'ticketmaster3')}»';`,
    ],
    negative: [
      `TICKETMASTER_ACCOUNT_ID=${fake(B62, 32, 'ticketmaster4')}`,
      `TICKETMASTER_API_KEY=${fake(B62, 32, 'ticketmaster5')}${fake(B62, 6, 'tail')}`,
      `# Ticketmaster settings\nAPI_KEY=${fake(B62, 32, 'ticketmaster6')}`,
      `TICKETMASTER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
