/** Guide sentences that many providers share word for word (`guide.store`). */
import type { DetectorGuide } from '../../types.js';

/** The default advice of payments, messaging and e-mail providers. */
export const STORE_IN_SECRET_STORE =
  "Keep it in the deployment's secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.";

/** The default advice of secret managers, identity providers and network-access tokens. */
export const STORE_IN_SECRET_MANAGER =
  'Keep it in a secret manager or the CI/orchestrator secret store and inject it at run time; never commit it, and prefer short-lived or workload-identity credentials where the provider offers them.';

/** The default advice of observability, monitoring and analytics keys (agents and SDK configuration). */
export const STORE_IN_PLATFORM_SECRET_STORE =
  "Keep it in the agent's or platform's secret store (Kubernetes Secret, CI secret, Vault) or an environment variable set at deploy time; never commit it to configuration files.";

/** The default advice of the cloud and infrastructure providers (Alibaba … MinIO). */
export const INJECT_FROM_SECRET_STORE =
  "Keep it in a secret manager or the CI provider's secret store and inject it as an environment variable at run time; never commit it.";

/** The default advice of CI/CD and developer-tooling providers (CircleCI, Travis, Snyk …). */
export const STORE_IN_CI_SECRETS =
  "Keep it in the CI system's secret store (masked, protected variables) or a secret manager and read it from the environment; never commit it.";

/** The default advice of AI / ML platform keys (they also end up in notebooks). */
export const STORE_AI_PLATFORM_KEY =
  "Keep it in an environment variable or the platform's secret store (CI secrets, Vault, cloud secret manager) and read it at run time; never commit it or paste it into notebooks.";

/** Artifact repositories read by build tools (JFrog, Gradle, Maven): credentials live outside the project. */
export const STORE_REPOSITORY_CREDENTIALS =
  'Read repository credentials from environment variables or the user-level config outside the project (`~/.gradle/gradle.properties`, `~/.m2/settings.xml` with encrypted passwords), filled from the CI secret store.';

/** Where private keys and key-store passwords belong (keys/ providers: pem, openssh, pgp, wireguard, java …). */
export const KEY_STORE =
  'Keep keys out of the repository: load them from a secret manager / KMS or a file outside the tree mounted at run time (Kubernetes Secret, CI secret file), and add the key paths to .gitignore.';

/** The revocation advice for a leaked private key whose public half is trusted in several places. */
export const ROTATE_KEY_PAIR =
  'Treat the key as compromised: generate a new key pair, deploy the new public key / certificate, then remove the old public key everywhere it is trusted (authorized_keys, deploy keys, CAs — revoke the certificate) and delete the leaked key.';

/** The guide of a key or key-store password: its own grants and revocation, the shared `KEY_STORE` advice. */
export function keyGuide(grants: string, revoke: string, url?: string): DetectorGuide {
  return { grants, revoke, ...(url ? { url } : {}), store: KEY_STORE };
}

/** Where HTTP, URL and command-line credentials belong (http/ providers: http, url, git, netrc, curl, sshpass, cli …). */
export const CREDENTIALS_OUT_OF_CODE =
  "Keep credentials out of URLs, scripts and headers in code: read them from the environment or a secret manager at run time, or use the tool's credential helper (git credential manager, `curl --netrc-file` outside the repository).";

/** The guide of an HTTP / URL / command-line credential: its grants and revocation, the shared `CREDENTIALS_OUT_OF_CODE` advice. */
export function credentialGuide(grants: string, revoke: string, url?: string): DetectorGuide {
  return { grants, revoke, ...(url ? { url } : {}), store: CREDENTIALS_OUT_OF_CODE };
}

/** Where database and other connection credentials belong (database/ providers, smtp). */
export const CONNECTION_SETTINGS_STORE =
  'Read the connection settings from the environment or a secret manager (Vault, AWS Secrets Manager, Kubernetes Secrets) at start-up; commit only a template such as `.env.example`.';

/** The revocation advice for a leaked database user password. */
export const ROTATE_DB_USER =
  "Change the database user's password (or drop the user) on the server, then update every client that used it; check the server's logs for connections from unknown addresses.";

/** The guide of a connection credential: its grants and revocation, the shared `CONNECTION_SETTINGS_STORE` advice. */
export function dbGuide(what: string, revoke: string, url?: string): DetectorGuide {
  return { grants: what, revoke, ...(url ? { url } : {}), store: CONNECTION_SETTINGS_STORE };
}

/** Where framework and application secrets belong (framework/ providers, keys/jwt.ts). */
export const FRAMEWORK_SECRET_STORE =
  'Load it from the environment (injected by the platform or a secret manager) and commit only `.env.example`-style templates; generate a different value per environment.';

/** The guide of a framework / application secret: its grants and revocation, the shared `FRAMEWORK_SECRET_STORE` advice. */
export function frameworkGuide(grants: string, revoke: string, url?: string): DetectorGuide {
  return { grants, revoke, ...(url ? { url } : {}), store: FRAMEWORK_SECRET_STORE };
}

/** What a leaked session / cookie signing key grants (Django, Flask, Rails, Express, Laravel …). */
export const SESSION_FORGERY_GRANTS =
  'Forges session cookies and signed tokens: log in as any user (including admins) without a password; for some frameworks, turns deserialisation into remote code execution.';
