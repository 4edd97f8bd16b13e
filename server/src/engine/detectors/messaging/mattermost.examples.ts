/** Examples of the Mattermost detectors (test data: never imported by the runtime). */
import { fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mattermost.access-token': {
    positive: [`MATTERMOST_TOKEN=«${fake(LOWER_DIGITS, 26, 'mm1')}»`, `MM_BOT_TOKEN: "«${fake(LOWER_DIGITS, 26, 'mm2')}»"`],
    negative: [`MATTERMOST_TEAM_ID=${fake(LOWER_DIGITS, 26, 'mm3')}`, 'MM_ACCESS_TOKEN=<token>'],
  },
  'mattermost.webhook-url': {
    positive: [`# Mattermost notifications\nMATTERMOST_WEBHOOK=«https://chat.ferrowind.io/hooks/${fake(LOWER_DIGITS, 26, 'mw1')}»`],
    negative: [
      '# mattermost\nMATTERMOST_WEBHOOK=https://chat.example.com/hooks/xxx-generatedkey-xxx',
      'mattermost: https://chat.example.com/hooks/aaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
};
