/** Guide sentences that many providers share word for word (`guide.store`). */

/** The default advice of payments, messaging and e-mail providers. */
export const STORE_IN_SECRET_STORE =
  'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';

/** The default advice of the cloud and infrastructure providers (Alibaba … MinIO). */
export const INJECT_FROM_SECRET_STORE =
  'Keep it in a secret manager or the CI provider\'s secret store and inject it as an environment variable at run time; never commit it.';

/** The default advice of CI/CD and developer-tooling providers (CircleCI, Travis, Snyk …). */
export const STORE_IN_CI_SECRETS =
  'Keep it in the CI system\'s secret store (masked, protected variables) or a secret manager and read it from the environment; never commit it.';
