/** crates.io API tokens and Cargo registry tokens (CREDENTIAL-FORMATS.md §2). */
import { B62, ci, defineDetector, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'crates.api-token',
    title: 'crates.io API token',
    scope: 'document',
    prefix: 'cio',
    alphabet: B62,
    length: 32,
    // Camel-case identifiers (`cioSomethingControllerFactory…`) share the shape: a random token
    // mixes digits and both cases.
    post: [({ value }) => (/[0-9]/.test(value) && /[A-Z]/.test(value.slice(3)) && /[a-z]/.test(value.slice(3)) ? undefined : 'not random')],
    minEntropy: 3.5,
    guide: {
      grants:
        "Publishes new versions, yanks, and manages owners of crates within the token's scopes: a supply-chain attack on their users.",
      revoke: 'crates.io → Account settings → API tokens → Revoke; crates.io revokes tokens reported by GitHub secret scanning.',
      url: 'https://crates.io/settings/tokens',
      store:
        'Use crates.io trusted publishing from CI, or `CARGO_REGISTRY_TOKEN` from the CI secret store; keep `~/.cargo/credentials.toml` out of repositories.',
    },
  }),
  defineDetector({
    id: 'crates.registry-token',
    title: 'Cargo registry token (credentials.toml / CARGO_REGISTRY_TOKEN)',
    keywords: ['[registry]', '[registries.', 'cargo_registry_token', 'cargo_registries_'],
    scope: 'document',
    // Legacy crates.io tokens (32 alphanumerics) and alternative-registry tokens carry no prefix.
    precedence: -1,
    pattern: () =>
      new RegExp(
        `(?:^[ \\t]{0,8}token[ \\t]{0,8}=[ \\t]{0,8}|${ci('cargo_registr')}(?:[yY]|${ci('ies_')}[A-Za-z0-9_]{1,40}?)_${ci('token')}["']?[ \\t]{0,8}[=:][ \\t]{0,8})["']?(?<secret>[A-Za-z0-9_.+/=-]{20,400})(?![A-Za-z0-9_.+/=-])`,
        'm',
      ),
    minEntropy: 3.5,
    guide: {
      grants: 'Publishes and yanks crates as the account on crates.io or the alternative registry the token belongs to.',
      revoke: 'crates.io → Account settings → API tokens → Revoke (alternative registries: their token settings).',
      url: 'https://crates.io/settings/tokens',
      store: 'Use `cargo login` (credential providers / OS keychain) locally and the CI secret store in pipelines.',
    },
  }),
];
