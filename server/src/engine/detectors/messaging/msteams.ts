/**
 * Microsoft Teams credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { defineDetector, STORE_IN_SECRET_STORE, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'msteams.webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    keywords: ['webhook.office.com', 'outlook.office'],
    // https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/V2…];
    // legacy hosts outlook.office(365).com/webhook/.
    pattern: () =>
      new RegExp(
        `(?<secret>https://(?:[a-z0-9-]{1,64}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[0-9a-fA-F]{32}/${UUID}(?:/V2[A-Za-z0-9_-]{20,120})?)(?![A-Za-z0-9_-])`,
      ),
    guide: {
      grants:
        'Anyone with the URL can post cards and messages into the Teams channel, e.g. convincing phishing that appears to come from a connector.',
      revoke:
        'In Teams: the channel → ⋯ → Connectors (or Manage channel → Connectors) → Incoming Webhook → Configured → Remove, then create a new one.',
      url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'msteams.workflow-webhook-url',
    title: 'Microsoft Teams / Power Automate workflow webhook URL',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    // Teams "Workflows" webhooks are Power Automate HTTP triggers whose query carries a SAS `sig`:
    // https://prod-NN.<region>.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?…&sig=…
    // and the newer https://<env>.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/….
    pattern:
      /(?<secret>https:\/\/(?:prod-[0-9]{1,3}\.[a-z0-9]{2,30}\.logic\.azure\.com|[a-z0-9]{1,64}\.[a-z0-9]{1,8}\.environment\.api\.powerplatform\.com)(?::443)?(?:\/powerautomate\/automations\/direct)?\/workflows\/[A-Za-z0-9]{20,40}\/triggers\/[A-Za-z0-9_.-]{1,40}\/paths\/invoke\?[A-Za-z0-9_.%=&;-]{0,200}?sig=[A-Za-z0-9_-]{40,90})(?![A-Za-z0-9_-])/,
    guide: {
      grants:
        'Anyone with the URL can trigger the flow with arbitrary input: post messages into Teams channels and run every other action of the workflow.',
      revoke:
        'Power Automate (or Teams → Workflows) → the flow → edit the "When a Teams webhook request is received" trigger → regenerate the URL, or delete and recreate the flow.',
      url: 'https://learn.microsoft.com/en-us/power-automate/teams/teams-webhooks',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
