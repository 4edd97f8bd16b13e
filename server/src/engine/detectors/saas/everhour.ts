/**
 * Everhour credentials. Shape: 4-4-6-6-8 hex groups (XCHK: KF everhour.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'everhour.api-key',
    title: 'Everhour API key',
    keywords: ['everhour'],
    providers: [phrase('everhour')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[0-9a-fA-F]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8}',
    post: [hasRunOf(6)],
    guide: {
      grants: "Acts as the Everhour user: time records, timers, projects, clients and the team's rates.",
      revoke: 'Everhour → Settings → Profile → API token → regenerate.',
      url: 'https://app.everhour.com/#/account/profile',
    },
  }),
];
