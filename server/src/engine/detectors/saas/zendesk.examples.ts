/** Examples of the zendesk detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zendesk.api-token': {
    positive: [
      `ZENDESK_API_TOKEN=«${fake(B62, 40, 'zendesk1')}»`,
      `credentials:\n  zendesk_token: "«${fake(B62, 40, 'zendesk2')}»"`,
      `const zendeskSecret = '«${fake(B62, 40, 'zendesk3')}»';`,
    ],
    negative: [
      `ZENDESK_ACCOUNT_ID=${fake(B62, 40, 'zendesk4')}`,
      `ZENDESK_API_TOKEN=${fake(B62, 40, 'zendesk5')}${fake(B62, 6, 'tail')}`,
      `# Zendesk settings\nAPI_KEY=${fake(B62, 40, 'zendesk6')}`,
      `ZENDESK_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
