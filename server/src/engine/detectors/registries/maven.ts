/** Maven `settings.xml` passwords and Maven Central / Sonatype / Nexus repository passwords (CREDENTIAL-FORMATS.md §2). */
import { assignment, ci, defineDetector, providerKindName, STORE_REPOSITORY_CREDENTIALS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'maven.settings-password',
    title: 'Password in Maven settings.xml',
    keywords: ['<server>', '<servers>'],
    scope: 'document',
    precedence: -1,
    pattern: /<password>[ \t]{0,8}(?<secret>[^<>\s]{4,500})[ \t]{0,8}<\/password>/,
    // `{…}` is a value encrypted with the settings-security master password.
    post: [({ value }) => (/^\{[A-Za-z0-9+/=]+\}$/.test(value) ? 'encrypted with the Maven master password' : undefined)],
    guide: {
      grants: "The repository account's password or token (Nexus, Artifactory, Maven Central/Sonatype): deploys and reads artifacts.",
      revoke:
        'Change the password or regenerate the user token at the repository manager (Sonatype Central: Account → Generate user token).',
      url: 'https://maven.apache.org/guides/mini/guide-encryption.html',
      store:
        'Use `${env.VAR}` references, or encrypt passwords with `mvn --encrypt-password` and keep settings.xml in `~/.m2`, not in the project.',
    },
  }),
  defineDetector({
    id: 'maven.repository-password',
    title: 'Maven / Sonatype / Nexus repository password',
    keywords: ['ossrh', 'sonatype', 'mavencentral', 'maven_central', 'nexus', 'maven'],
    precedence: -1,
    pattern: () =>
      assignment(
        ['ossrh', 'sonatype', 'mavenCentral', 'maven_central', 'nexus', 'maven'].map((p) =>
          providerKindName([ci(p)], ['password', 'passwd', 'token', 'pass'], { gap: 24 }),
        ),
        '[A-Za-z0-9+/=_.!@#%^&*-]{10,100}',
        { valueEnd: '(?![A-Za-z0-9+/=_.!@#%^&*-])' },
      ),
    minEntropy: 3.0,
    guide: {
      grants: 'Deploys artifacts to the repository (for Maven Central: publishes releases under your namespace) and reads private ones.',
      revoke:
        'Regenerate the user token or change the password at the repository manager (Sonatype Central Portal: Account → Generate user token; Nexus: user settings).',
      store: STORE_REPOSITORY_CREDENTIALS,
    },
  }),
];
