/** Guide sentences that many providers share word for word (`guide.store`). */

/** The default advice of payments, messaging and e-mail providers. */
export const STORE_IN_SECRET_STORE =
  'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';

/** The default advice of secret managers, identity providers and network-access tokens. */
export const STORE_IN_SECRET_MANAGER =
  'Keep it in a secret manager or the CI/orchestrator secret store and inject it at run time; never commit it, and prefer short-lived or workload-identity credentials where the provider offers them.';

/** The default advice of observability, monitoring and analytics keys (agents and SDK configuration). */
export const STORE_IN_PLATFORM_SECRET_STORE =
  'Keep it in the agent\'s or platform\'s secret store (Kubernetes Secret, CI secret, Vault) or an environment variable set at deploy time; never commit it to configuration files.';

/** The default advice of the cloud and infrastructure providers (Alibaba … MinIO). */
export const INJECT_FROM_SECRET_STORE =
  'Keep it in a secret manager or the CI provider\'s secret store and inject it as an environment variable at run time; never commit it.';

/** The default advice of CI/CD and developer-tooling providers (CircleCI, Travis, Snyk …). */
export const STORE_IN_CI_SECRETS =
  'Keep it in the CI system\'s secret store (masked, protected variables) or a secret manager and read it from the environment; never commit it.';

/** The default advice of AI / ML platform keys (they also end up in notebooks). */
export const STORE_AI_PLATFORM_KEY =
  'Keep it in an environment variable or the platform\'s secret store (CI secrets, Vault, cloud secret manager) and read it at run time; never commit it or paste it into notebooks.';

/** Artifact repositories read by build tools (JFrog, Gradle, Maven): credentials live outside the project. */
export const STORE_REPOSITORY_CREDENTIALS =
  'Read repository credentials from environment variables or the user-level config outside the project (`~/.gradle/gradle.properties`, `~/.m2/settings.xml` with encrypted passwords), filled from the CI secret store.';
