/**
 * Ditto credentials. Shape: UUID + `.` + 40 hex (XCHK: KF ditto.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phraseAfterNonLetter, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ditto.api-key',
    title: 'Ditto API key',
    keywords: ['ditto'],
    providers: [phraseAfterNonLetter('ditto')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: `${UUID_LOWER}\\.[0-9a-f]{40}`,
    post: [hasRunOf(8)],
    guide: {
      grants: "Reads and edits the workspace's product copy (text items, components, variants).",
      revoke: 'Ditto → Settings → Developer integrations → API keys → delete.',
      url: 'https://app.dittowords.com/account/devTools',
    },
  }),
];
