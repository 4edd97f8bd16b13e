/** ngrok (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  after,
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ngrok.authtoken',
    title: 'ngrok authtoken / API key',
    keywords: ['ngrok', 'authtoken'],
    // `<25–30>_<digit><20>`: anywhere on a line naming ngrok or an authtoken (ngrok.yml, CLI).
    pattern: () =>
      leadThen(
        [assignedTo(names('ngrok', 'authtoken')), after(names('ngrok', 'authtoken'), 60)],
        '[A-Za-z0-9]{20,32}_[0-9][A-Za-z0-9]{18,24}',
      ),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    guide: {
      grants:
        'Starts tunnels on the account (exposing services under its domains, billed to it) or, for API keys, manages its endpoints, domains and credentials.',
      revoke: 'dashboard.ngrok.com → Authtokens (or API Keys) → delete the credential.',
      url: 'https://dashboard.ngrok.com/authtokens',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
