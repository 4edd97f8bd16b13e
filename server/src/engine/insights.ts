/** Insights attached to findings (ENGINE.md "Insights"), and the inline allow comments. */
import { baseName } from './pre-validators/paths.js';
import type { Insight, Range } from './types.js';

/**
 * Folders whose files are tests, fixtures or examples: seeded accounts, recorded responses and
 * documentation values far more often than live credentials. Every detector still scans them;
 * findings there carry `test_file` and a lower severity (and generic ones do not block a hook).
 */
const TEST_FOLDER =
  /(?:^|[/\\])(?:tests?|__tests__|__mocks__|spec|specs|fixtures?|testdata|test[-_]data|test[-_]?resources|mocks?|e2e|cypress|testing|integration[-_]?tests?|examples?)[/\\]|(?:^|[/\\])integration[/\\]resources[/\\]/i;

/** Helm chart-testing values (`charts/<name>/ci/*-values.yaml`): inputs for `ct lint`/`ct install`, not deployments. */
const HELM_CI_VALUES = /(?:^|[/\\])ci[/\\][^/\\]*values[^/\\]*\.ya?ml$/i;

/** CI workflows that run tests (`.github/workflows/test.yml`, `e2e-tests.yaml`): their services use throw-away passwords. */
const CI_TEST_WORKFLOW =
  /(?:^|[/\\])(?:\.github[/\\]workflows|\.gitlab[/\\]ci)[/\\](?:[^/\\]*[-_.])?(?:tests?|e2e|integration|unit)(?:[-_.][^/\\]*)?\.ya?ml$/i;

/** Source files only: a test runner's naming convention says nothing about a config or data file. */
const CODE = '(?:py|go|rb|js|jsx|ts|tsx|mjs|cjs|java|kt|kts|cs|swift|scala|php|groovy|rs|ex|exs|dart|c|cc|cpp|m|lua|sh|bats)';

/** `test_x.py`, `x_test.go`, `x.test.ts`, `x.spec.js`, `x_spec.rb`, `conftest.py`. */
const TEST_FILE_NAME = new RegExp(`^(?:test_[\\w.-]*\\.${CODE}|[\\w.-]+[_.-](?:test|tests|spec)\\.${CODE}|conftest\\.py)$`, 'i');

/**
 * JVM/.NET/Swift/PHP convention, case-sensitive on purpose: `UserServiceTest.java`, `TestParser.kt`,
 * `OrderIT.java` — but never `Latest.java`, `Contest.kt` or `Manifest.cs`.
 */
const CAMEL_TEST_FILE = /^(?:[A-Z][A-Za-z0-9]*?[a-z0-9](?:Tests?|Spec|IT)|Test[A-Z][A-Za-z0-9]*)\.(?:java|kt|cs|swift|scala|php|groovy)$/;

export function isTestPath(path: string): string | undefined {
  if (TEST_FOLDER.test(path)) return 'in a test, fixture or example folder';
  if (HELM_CI_VALUES.test(path)) return 'Helm chart-testing values';
  if (CI_TEST_WORKFLOW.test(path)) return 'CI test workflow';
  const name = baseName(path);
  if (TEST_FILE_NAME.test(name) || CAMEL_TEST_FILE.test(name)) return 'test file name';
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

/** `#[cfg(test)]`, possibly with more attributes, then `mod name {`: Rust's inline unit-test module. */
const RUST_TEST_MODULE = /#\[cfg\(test\)\]\s*(?:#\[[^\]\n]{0,200}\]\s*){0,4}(?:pub(?:\([a-z]+\))?\s+)?mod\s+\w+\s*\{/g;

/** The offset just past the `}` closing the block opened at `open`, skipping strings and comments; the text's end if unclosed. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === "'" && text[i + 2] === "'") {
      i += 2; // a char literal such as '{'
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Inline test code inside a non-test file: Rust's `#[cfg(test)] mod tests { … }` is compiled only
 * for `cargo test`, so a finding there is test code like one under tests/ (issue 9 §2 "test context").
 * Linear: each module is walked once, and a module inside a module already found is skipped.
 */
export function inlineTestRegions(text: string, path: string | undefined): Range[] {
  if (!path || !/\.rs$/i.test(path) || !text.includes('#[cfg(test)]')) return [];
  const regions: Range[] = [];
  RUST_TEST_MODULE.lastIndex = 0;
  for (let match = RUST_TEST_MODULE.exec(text); match; match = RUST_TEST_MODULE.exec(text)) {
    const end = blockEnd(text, match.index + match[0].length - 1);
    regions.push([match.index, end]);
    RUST_TEST_MODULE.lastIndex = end;
  }
  return regions;
}
