/** Docker Hub access tokens and registry credentials in Docker's `config.json` (CREDENTIAL-FORMATS.md §2). */
import { B64URL, defineDetector, isNotBasicAuthPair, token, type Detector } from '../kit/index.js';

const dockerStore =
  'Use a credential helper (`credsStore` / `credHelpers`: osxkeychain, wincred, pass, ecr-login …) so `config.json` holds no secrets; in CI, log in from a secret variable with `--password-stdin`.';

export const detectors: readonly Detector[] = [
  token({
    id: 'docker.hub-pat',
    title: 'Docker Hub access token',
    scope: 'document',
    // `dckr_oat_` = organisation access tokens, same layout.
    prefix: ['dckr_pat_', 'dckr_oat_'],
    alphabet: B64URL,
    length: [27, 64],
    guide: {
      grants:
        "Pushes and pulls images as the Docker Hub account or organisation, within the token's access scope: can replace published images (supply chain) or read private ones.",
      revoke:
        'hub.docker.com → Account settings → Personal access tokens → Delete (organisation tokens: Organization settings → Access tokens).',
      url: 'https://app.docker.com/settings/personal-access-tokens',
      store: dockerStore,
    },
  }),
  defineDetector({
    id: 'docker.config-auth',
    title: 'Docker registry credentials in config.json (auths)',
    keywords: ['auths'],
    scope: 'document',
    // `"auth"` is the Base64 of `user:password` (also in podman/skopeo auth.json and, JSON-escaped,
    // in Kubernetes `.dockerconfigjson`).
    pattern: /\\?"auth\\?"[ \t]{0,8}:[ \t]{0,8}\\?"(?<secret>[A-Za-z0-9+/]{8,2000}={0,2})\\?"/,
    post: [isNotBasicAuthPair],
    guide: {
      grants:
        'The registry username and password (or token) in Base64, not encrypted: pushes and pulls images as that user on that registry.',
      revoke:
        'Change the password or revoke the token at the registry (Docker Hub: Account settings → Personal access tokens; GHCR: GitHub token settings; cloud registries: the service account key), then run `docker logout`.',
      url: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
      store: dockerStore,
    },
  }),
];
