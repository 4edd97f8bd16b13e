/** calendly (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, JWT_SHORT_PARTS, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'calendly.pat',
    title: 'Calendly personal access token',
    keywords: ['calendly'],
    pattern: () => assignment(providerNames(['calendly']), JWT_SHORT_PARTS),
    guide: {
      grants:
        "Reads the user's (for admins, the organization's) event types, scheduled events and invitee details, and manages webhook subscriptions.",
      revoke: 'Calendly → Integrations → API & Webhooks → Personal access tokens → Delete.',
      url: 'https://calendly.com/integrations/api_webhooks',
    },
  }),
];
