/** Test and example locations (issue 9 "Test context"): exact paths in and out. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTestPath } from '../../server/src/engine/insights.js';

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
