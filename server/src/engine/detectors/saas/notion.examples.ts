/** Examples of the notion detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'notion.integration-token': {
    positive: [
      `NOTION_TOKEN=«ntn_${fake(alphabet('0-9'), 11, 'ntn-d')}${fake(B62, 35, 'ntn')}»`,
      `const notion = new Client({ auth: "«ntn_${fake(alphabet('0-9'), 11, 'ntn-d2')}${fake(B62, 35, 'ntn2')}»" });`,
    ],
    negative: [
      'NOTION_TOKEN=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `auth: "ntn_${fake(B62, 20, 'short')}"`,
      'Notion tokens now start with ntn_ instead of secret_.',
    ],
  },
  'notion.legacy-token': {
    positive: [
      `NOTION_API_KEY=«secret_${fake(B62, 43, 'notion-legacy')}»`,
      `notion = Client(auth="«secret_${fake(B62, 43, 'notion-legacy2')}»")`,
    ],
    negative: [
      `STRIPE_WEBHOOK=secret_${fake(B62, 43, 'other')}`,
      'NOTION_API_KEY=secret_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `notion_key = "secret_${fake(B62, 20, 's')}"`,
    ],
  },
};
