/** RubyGems.org API keys, prefixed and legacy (CREDENTIAL-FORMATS.md §2). */
import { assignment, ci, defineDetector, HEX, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'rubygems.api-key',
    title: 'RubyGems.org API key',
    scope: 'document',
    prefix: 'rubygems_',
    alphabet: HEX,
    length: 48,
    // The example key copied across many docs (GitGuardian's detector page).
    post: [({ value }) => (value === 'rubygems_123abc01a15f32b0be0103de4c9b3dcb3f2fea0fa8a84f23' ? 'documented example value' : undefined)],
    guide: {
      grants:
        "Pushes new versions of, yanks, and manages owners of the gems the key's scopes cover: a supply-chain attack on every user of those gems.",
      revoke: 'rubygems.org → Settings → API keys → Delete; RubyGems also revokes keys reported by GitHub secret scanning.',
      url: 'https://rubygems.org/profile/api_keys',
      store:
        'Use trusted publishing from CI, or keep the key in `GEM_HOST_API_KEY` from the CI secret store; never commit `~/.gem/credentials`.',
    },
  }),
  defineDetector({
    id: 'rubygems.legacy-api-key',
    title: 'RubyGems.org API key (legacy, un-prefixed)',
    keywords: ['rubygems_api_key', 'gem_host_api_key'],
    pattern: () => assignment([ci('rubygems_api_key'), ci('gem_host_api_key')], `[${HEX.re}]{32}`),
    minEntropy: 3.0,
    guide: {
      grants: 'Pushes and yanks gems as the account (legacy keys have every scope).',
      revoke: 'rubygems.org → Settings → API keys → Delete the legacy key and create a scoped one.',
      url: 'https://rubygems.org/profile/api_keys',
      store: 'Keep it in `GEM_HOST_API_KEY` from the CI secret store or use trusted publishing.',
    },
  }),
];
