/** SonarQube / SonarCloud tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { assignment, ci, defineDetector, HEX, prefixedToken, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sonarqube.token',
    title: 'SonarQube / SonarCloud token',
    // squ_ user, sqp_ project analysis, sqa_ global analysis tokens.
    keywords: ['squ_', 'sqp_', 'sqa_'],
    scope: 'document',
    pattern: () => prefixedToken(['squ_', 'sqp_', 'sqa_'], HEX, 40),
    guide: {
      grants:
        "Runs analyses and reads results as the user or project (user tokens carry all the user's permissions, including browsing source code of private projects).",
      revoke:
        'SonarQube/SonarCloud → My Account → Security → Revoke the token (administrators: Administration → Security → Users → Tokens).',
      url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
      store: STORE_IN_CI_SECRETS,
    },
  }),
  defineDetector({
    id: 'sonarqube.legacy-token',
    title: 'SonarQube / SonarCloud token (legacy, 40 hex)',
    keywords: ['sonar'],
    pattern: () => assignment([providerKindName([ci('sonar')], ['token', 'login', 'password'], { gap: 24 })], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    guide: {
      grants: 'Runs analyses and reads results as the user, including source code of private projects.',
      revoke: 'SonarQube/SonarCloud → My Account → Security → Revoke the token.',
      url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
