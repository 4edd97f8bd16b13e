/** Gradle Plugin Portal publishing secrets and Gradle repository credentials (CREDENTIAL-FORMATS.md §2). */
import { ci, defineDetector, STORE_REPOSITORY_CREDENTIALS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'gradle.plugin-portal-secret',
    title: 'Gradle Plugin Portal publishing secret',
    keywords: ['gradle.publish.secret', 'gradle_publish_secret'],
    pattern: () =>
      new RegExp(
        `${ci('gradle')}[._]${ci('publish')}[._]${ci('secret')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>[A-Za-z0-9]{24,64})(?![A-Za-z0-9])`,
      ),
    minEntropy: 3.5,
    companions: [
      {
        name: 'key',
        pattern: new RegExp(
          `${ci('gradle')}[._]${ci('publish')}[._]${ci('key')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<value>[A-Za-z0-9]{24,64})`,
        ),
        withinLines: 3,
      },
    ],
    guide: {
      grants: 'Publishes new versions of your plugins to the Gradle Plugin Portal.',
      revoke: 'plugins.gradle.org → your profile → API keys → regenerate (invalidates the old key/secret pair).',
      url: 'https://plugins.gradle.org/',
      store:
        'Keep the key and secret in `~/.gradle/gradle.properties` or the CI secret store (`GRADLE_PUBLISH_KEY`/`GRADLE_PUBLISH_SECRET`).',
    },
  }),
  defineDetector({
    id: 'gradle.repository-credentials',
    title: 'Hard-coded repository password in a Gradle credentials block',
    keywords: ['credentials'],
    scope: 'document',
    precedence: -1,
    // `credentials { username "…"; password "…" }` (Groovy) or `password = "…"` / `.set("…")` (Kotlin).
    pattern:
      /(?<![A-Za-z0-9_])password(?:[ \t]{0,8}=[ \t]{0,8}|\.set\([ \t]{0,8}|[ \t]{0,8}\([ \t]{0,8}|[ \t]{1,8})["'](?<secret>[^"'\s$]{6,200})["']/,
    post: [
      ({ text, range }) =>
        /credentials\s*(?:\(\s*\w*\s*\)\s*)?[({]/.test(text.slice(Math.max(0, range[0] - 300), range[0]))
          ? undefined
          : 'not inside a credentials block',
    ],
    minEntropy: 2.5,
    guide: {
      grants:
        "The repository account's password or token: deploys and reads artifacts in the Maven repository (Nexus, Artifactory, GitHub Packages …).",
      revoke: 'Change the password or revoke the token at the repository manager.',
      store: STORE_REPOSITORY_CREDENTIALS,
    },
  }),
];
