/** Guide sentences that many providers share word for word (`guide.store`). */

/** The default advice of payments, messaging and e-mail providers. */
export const STORE_IN_SECRET_STORE =
  'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';

/** The default advice of AI / ML platform keys (they also end up in notebooks). */
export const STORE_AI_PLATFORM_KEY =
  'Keep it in an environment variable or the platform\'s secret store (CI secrets, Vault, cloud secret manager) and read it at run time; never commit it or paste it into notebooks.';

/** Artifact repositories read by build tools (JFrog, Gradle, Maven): credentials live outside the project. */
export const STORE_REPOSITORY_CREDENTIALS =
  'Read repository credentials from environment variables or the user-level config outside the project (`~/.gradle/gradle.properties`, `~/.m2/settings.xml` with encrypted passwords), filled from the CI secret store.';
