/** Examples of the Microsoft Teams detectors (test data: never imported by the runtime). */
import { B64URL, fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'msteams.webhook-url': {
    positive: [
      `TEAMS_WEBHOOK_URL=«https://contoso.webhook.office.com/webhookb2/${fakeUuid('t1')}@${fakeUuid('t2')}/IncomingWebhook/${fake(HEX, 32, 't3')}/${fakeUuid('t4')}/V2${fake(B64URL, 43, 't5')}»`,
      `webhook: "«https://outlook.office.com/webhook/${fakeUuid('t6')}@${fakeUuid('t7')}/IncomingWebhook/${fake(HEX, 32, 't8')}/${fakeUuid('t9')}»"`,
    ],
    negative: [
      'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/...',
      'webhook: https://outlook.office.com/webhook/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
    ],
  },
  'msteams.workflow-webhook-url': {
    positive: [
      `TEAMS_WORKFLOW_URL=«https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 'pa1')}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake(B64URL, 43, 'pa2')}»`,
      `url: "«https://default${fake(HEX, 30, 'pa3')}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fake(HEX, 32, 'pa4')}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake(B64URL, 43, 'pa5')}»"`,
    ],
    negative: [
      `https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 'pa6')}/triggers/manual/paths/invoke?api-version=2016-06-01`,
      'TEAMS_WORKFLOW_URL=https://prod-00.westus.logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?sig=<sig>',
    ],
  },
};
