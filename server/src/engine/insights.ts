/** Insights attached to findings (ENGINE.md "Insights"), and the inline allow comments. */
import { baseName } from './pre-validators/paths.js';
import type { Insight } from './types.js';

const TEST_FOLDER = /(?:^|[/\\])(?:tests?|__tests__|__mocks__|spec|specs|fixtures?|testdata|test-data|mocks?|e2e|cypress|testing)(?:[/\\])/i;
const TEST_FILE = /(?:^test_|_test\.|\.test\.|\.spec\.|_spec\.|^spec_|Tests?\.(?:java|kt|cs|swift|scala|php)$|^conftest\.py$)/i;

export function isTestPath(path: string): string | undefined {
  if (TEST_FOLDER.test(path)) return 'in a test folder';
  if (TEST_FILE.test(baseName(path))) return 'test file name';
  return undefined;
}

const SENSITIVE_FILE =
  /^(?:\.env(?:\..*)?|.*\.env|credentials(?:\.json|\.ya?ml|\.xml|\.csv)?|.*credentials\.json|secrets?\.(?:json|ya?ml|toml|ini|env|txt)|\.npmrc|\.pypirc|\.netrc|_netrc|\.git-credentials|\.pgpass|\.htpasswd|\.dockercfg|config\.json|id_(?:rsa|dsa|ecdsa|ed25519)|.*\.(?:pem|key|p12|pfx|ppk|jks|keystore|kdbx|tfstate|tfvars|ovpn|asc|gpg)|kubeconfig|.*\.kubeconfig|wp-config\.php|settings\.py|application(?:-\w+)?\.(?:properties|ya?ml)|appsettings(?:\.\w+)?\.json|terraform\.tfstate(?:\.backup)?)$/i;

export function isSensitivePath(path: string): string | undefined {
  const name = baseName(path);
  if (/^config\.json$/i.test(name) && !/[/\\]\.docker[/\\]/.test(path)) return undefined;
  return SENSITIVE_FILE.test(name) ? `sensitive file name ${name}` : undefined;
}

export function fileInsights(path: string): Insight[] {
  const insights: Insight[] = [];
  const test = isTestPath(path);
  if (test) insights.push({ kind: 'test_file', reason: test });
  const sensitive = isSensitivePath(path);
  if (sensitive) insights.push({ kind: 'sensitive_file', reason: sensitive });
  return insights;
}
