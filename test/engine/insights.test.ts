/** Test and example locations (issue 9 "Test context"): exact paths in and out. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, Scanner } from '../../server/src/engine/index.js';
import { fake } from '../../server/src/engine/fake.js';
import { inlineTestRegions, isTestPath } from '../../server/src/engine/insights.js';
import { B62 } from '../../server/src/engine/patterns.js';

describe('isTestPath', () => {
  const tests = [
    'tests/test_api.py',
    'src/test/resources/application.yml',
    'app/integration/resources/users.json',
    'pkg/parser/testdata/config.yaml',
    'spec/fixtures/accounts.yml',
    'web/__tests__/login.tsx',
    'examples/basic/docker-compose.yml',
    'documentation/examples/settings.ini',
    'charts/prometheus-node-exporter/ci/kube-rbac-proxy-values.yaml',
    '.github/workflows/test.yml',
    '.github/workflows/e2e-tests.yaml',
    'pkg/auth/token_test.go',
    'src/login.spec.ts',
    'lib/user.test.js',
    'test_settings.py',
    'conftest.py',
    'app/models/user_spec.rb',
    'src/main/java/com/acme/UserServiceTest.java',
    'TestParser.kt',
    'OrderIT.java',
  ];
  for (const path of tests) it(`${path} is a test location`, () => assert.ok(isTestPath(path), path));

  const notTests = [
    'src/main/java/com/acme/Latest.java',
    'src/Contest.kt',
    'Manifest.cs',
    'config/settings_test.yaml',
    'docker-compose.test.yml',
    '.env.test',
    'deploy/latest/values.yaml',
    'attestation/service.go',
    'src/testimonials.ts',
    '.github/workflows/release.yml',
    '.github/workflows/latest-build.yml',
    'charts/app/values.yaml',
    'ci/deploy.sh',
  ];
  for (const path of notTests) it(`${path} is not a test location`, () => assert.equal(isTestPath(path), undefined, path));
});

describe("Rust's inline #[cfg(test)] modules are test code", () => {
  const secret = fake(B62, 32, 'rust-inline');
  const source = (body: string) =>
    [
      'pub fn sign(payload: &str) -> String {',
      "    let open = '{';",
      `    format!("{}{}", open, payload)`,
      '}',
      '',
      '#[cfg(test)]',
      '#[allow(clippy::unwrap_used)]',
      'mod tests {',
      '    use super::*;',
      '    #[test]',
      '    fn signs() {',
      `        let s = "a } in a string";`,
      body,
      '    }',
      '}',
      '',
      `fn live() -> &'static str { let api_secret = "${secret}"; api_secret }`,
      '',
    ].join('\n');

  it('marks a finding inside the module test_file, and one after it not', () => {
    const text = source(`        let api_secret = "${secret}";`);
    const scanner = new Scanner(ALL_DETECTORS);
    const findings = scanner.scan({ text, path: 'src/signing.rs' }).findings;
    assert.equal(findings.length, 2);
    const [inside, after] = findings;
    assert.ok(inside!.insights.some((i) => i.kind === 'test_file' && /cfg\(test\)/.test(i.reason)));
    assert.ok(!after!.insights.some((i) => i.kind === 'test_file'));
  });

  it('finds the module bounds past braces in strings and char literals, and only in Rust files', () => {
    const text = source('');
    const regions = inlineTestRegions(text, 'src/signing.rs');
    assert.equal(regions.length, 1);
    const [from, to] = regions[0]!;
    assert.ok(text.slice(from).startsWith('#[cfg(test)]'));
    assert.equal(text.slice(to - 1, to + 2), '}\n\n');
    assert.deepEqual(inlineTestRegions(text, 'src/signing.py'), []);
  });
});
