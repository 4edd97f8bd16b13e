/** Clojars deploy tokens (CREDENTIAL-FORMATS.md §2). */
import { LOWER_DIGITS, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'clojars.deploy-token',
    title: 'Clojars deploy token',
    scope: 'document',
    prefix: 'CLOJARS_',
    alphabet: LOWER_DIGITS,
    length: 60,
    guide: {
      grants: "Deploys new versions of the artifacts in the token's scope (or every group of the account) to Clojars.",
      revoke: 'clojars.org → Dashboard → Deploy tokens → Disable.',
      url: 'https://clojars.org/tokens',
      store: 'Keep it in `~/.lein/credentials.clj.gpg` or the CI secret store (`CLOJARS_PASSWORD`).',
    },
  }),
];
