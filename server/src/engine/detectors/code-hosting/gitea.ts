/** Gitea and Forgejo access tokens (CREDENTIAL-FORMATS.md §2). */
import { assignment, ci, defineDetector, HEX, providerKindName, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'gitea.access-token',
    title: 'Gitea / Forgejo access token',
    // 40 hex with no prefix, like a commit SHA: only with a Gitea/Forgejo token name.
    keywords: ['gitea', 'forgejo'],
    pattern: () =>
      assignment(
        [
          providerKindName([ci('gitea')], ['token', 'key', 'password'], { gap: 24 }),
          providerKindName([ci('forgejo')], ['token', 'key', 'password'], { gap: 24 }),
        ],
        `[${HEX.re}]{40}`,
      ),
    minEntropy: 3.0,
    guide: {
      grants:
        "Acts as the user on the Gitea/Forgejo instance within the token's scopes: repositories, organisations, packages, admin API for admins.",
      revoke: 'Gitea/Forgejo → Settings → Applications → Access tokens → Delete.',
      store: 'Keep it in the CI secret store or a credential helper; never commit it.',
    },
  }),
];
