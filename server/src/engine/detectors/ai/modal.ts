/**
 * Modal keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import {
  assignedTo,
  bodyHasOneCharacterClass,
  defineDetector,
  leadThen,
  names,
  STORE_AI_PLATFORM_KEY,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'modal.token-secret',
    title: 'Modal token secret',
    keywords: ['modal', 'token_secret'],
    pattern: () => leadThen([assignedTo(names('modal', 'token_secret'))], 'as-[A-Za-z0-9]{22}'),
    post: [bodyHasOneCharacterClass('as-')],
    guide: {
      grants:
        'With its token id (`ak-…`), deploys and runs functions in the Modal workspace, billed to it, and reads its secrets and volumes.',
      revoke: 'modal.com → Settings → API Tokens → revoke the token.',
      url: 'https://modal.com/settings/tokens',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
