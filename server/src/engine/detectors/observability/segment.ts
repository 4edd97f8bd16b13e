/** segment (CREDENTIAL-FORMATS.md §6 write keys, §12 Public and Config API tokens). */
import {
  assignedTo,
  assignment,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  nameWith,
  type PostValidator,
  providerNames,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

/** Sourcegraph shares `sgp_`; its bodies are hex (with `_` / `local_`), Segment's are mixed-case base64url. */
const isSourcegraphBody: PostValidator = ({ value }) => (/^sgp_(?:local_)?[0-9a-f_]+$/.test(value) ? 'Sourcegraph token shape' : undefined);

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'segment.write-key',
    title: 'Segment source write key (server)',
    keywords: ['segment'],
    pattern: () => leadThen([assignedTo([nameWith('segment', 'write'), nameWith('segment', 'key')])], '[A-Za-z0-9]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: {
      grants:
        'Sends events into the source, which fan out to every connected destination (data pollution, downstream cost); browser sources expose their key by design.',
      revoke: 'Segment → Connections → Sources → the source → Settings → API Keys → regenerate the write key.',
      url: 'https://segment.com/docs/connections/find-writekey/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'segment.public-api-token',
    title: 'Segment Public API token',
    keywords: ['sgp_'],
    scope: 'document',
    // `sgp_` + ~64 mixed-case base64url; Sourcegraph's `sgp_` tokens are hex and shorter.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>sgp_[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])`),
    post: [isSourcegraphBody],
    guide: {
      grants:
        "Manages the Segment workspace through the Public API within the token's role: sources, destinations (and their credentials), tracking plans, users.",
      revoke: 'app.segment.com → Settings → Workspace settings → Access management → Tokens → select the token → Remove token.',
      url: 'https://app.segment.com',
    },
  }),
  defineDetector({
    id: 'segment.config-api-token',
    title: 'Segment Config API token (legacy)',
    keywords: ['segment', 'sgmt'],
    pattern: () => assignment(providerNames(['segment', 'sgmt'], names('token', 'key', 'secret')), '[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}'),
    guide: {
      grants: 'Manages the Segment workspace through the legacy Config API: sources, destinations and their settings.',
      revoke: 'app.segment.com → Settings → Workspace settings → Access management → Tokens → Remove token.',
      url: 'https://app.segment.com',
    },
  }),
];
