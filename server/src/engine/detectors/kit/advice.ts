/** Guide sentences that many providers share word for word (`guide.store`). */

/** The default advice of payments, messaging and e-mail providers. */
export const STORE_IN_SECRET_STORE =
  'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';
