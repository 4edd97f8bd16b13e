/** `.git-credentials` entries written by `git credential-store` (CREDENTIAL-FORMATS.md §12). */
import { GIT_CREDENTIALS_PATH, URI_PASSWORD_CHECKS, credentialGuide, defineDetector, uriPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'git.credentials',
    title: 'Entry in a .git-credentials file',
    keywords: ['://'],
    // `git credential-store` writes one `https://user:token@host` URL per line to `~/.git-credentials`.
    paths: GIT_CREDENTIALS_PATH,
    pattern: () => uriPattern('https?|git|ssh', { driverSuffix: false }),
    post: [...URI_PASSWORD_CHECKS],
    precedence: -1,
    guide: credentialGuide(
      'Pushes to and pulls from every repository the stored accounts can reach.',
      'Revoke each token / app password listed (GitHub/GitLab/Bitbucket settings → tokens), delete the file, and switch to a credential manager (`git config --global credential.helper manager` / `osxkeychain`).',
    ),
  }),
];
