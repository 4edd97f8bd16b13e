/**
 * `leakproof scan` end to end: real files in temporary folders, the built CLI as a real process.
 * Secrets are generated at test time (fake.ts), never committed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { secretHash } from '../../server/src/engine/fingerprint.js';
import { fake, fakePem, toBase64 } from '../../server/src/engine/fake.js';
import { B62, BASE32_UPPER } from '../../server/src/engine/patterns.js';
import { runCli, scanJson, tempTree, writeTree as tempTreeWrite } from '../helpers.js';

const token = fakeGithubToken('ghp_', 'cli-1');
const otherToken = fakeGithubToken('ghp_', 'cli-2');

describe('exit codes and formats', () => {
  it('exits 0 on a clean tree and 1 with findings, 2 on a missing path', () => {
    const clean = tempTree({ 'src/app.js': 'const greeting = "hello";\n' });
    assert.equal(runCli(['scan', clean]).status, 0);
    const dirty = tempTree({ 'src/app.js': `const token = "${token}";\n` });
    assert.equal(runCli(['scan', dirty]).status, 1);
    const missing = runCli(['scan', join(clean, 'nope')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file or folder/);
  });

  it('reports path, line, column, detector, redacted value and the allow hint in text', () => {
    const dir = tempTree({ 'config/settings.py': `DEBUG = True\nGITHUB = "${token}"\n` });
    const result = runCli(['scan', '.', '--no-color'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.match(
      result.stdout,
      /^config\/settings\.py\n {2}config\/settings\.py:2:11 {2}error {2}GitHub personal access token \(classic\) {2}ghp_\S\S\*{8} {2}\[github\.pat-classic, high confidence\]$/m,
    );
    assert.match(result.stdout, /^ {6}│ GITHUB = "ghp_\S\S\*{8}"$/m, 'the line of code, redacted');
    assert.match(result.stdout, /add a comment on its line: `# leakproof:allow`/);
    assert.ok(!result.stdout.includes(token), 'the full secret must never be printed');
  });

  it('writes the documented JSON shape with the exact position of the value', () => {
    const dir = tempTree({ '.env': `# deploy\nGH_TOKEN=${token}\n` });
    const { status, report } = scanJson([dir]);
    assert.equal(status, 1);
    assert.equal(report.version, 1);
    assert.equal(report.findings.length, 1);
    const [finding] = report.findings;
    assert.ok(finding);
    assert.ok(finding.path.endsWith('.env'));
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [2, 10, 2, 10 + token.length]);
    assert.equal(finding.detector, 'github.pat-classic');
    assert.equal(finding.severity, 'error');
    assert.match(finding.fingerprint, /^(?:scrypt|hmac):[0-9a-f]{64}$/);
    assert.deepEqual(
      finding.matches.map((m) => m.name),
      ['secret'],
    );
    assert.ok(finding.insights.some((i) => i.kind === 'sensitive_file'));
    assert.ok(!JSON.stringify(report).includes(token));
    assert.equal(report.stats.files, 1);
  });

  it('writes SARIF 2.1.0 with rules, locations and partial fingerprints', () => {
    const dir = tempTree({ 'a.txt': `token: ${token}\n` });
    const result = runCli(['scan', dir, '--format', 'sarif']);
    assert.equal(result.status, 1);
    const sarif = JSON.parse(result.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'leakproof');
    assert.deepEqual(
      run.tool.driver.rules.map((r: { id: string }) => r.id),
      ['github.pat-classic'],
    );
    const [result0] = run.results;
    assert.equal(result0.ruleId, 'github.pat-classic');
    assert.equal(result0.locations[0].physicalLocation.region.startLine, 1);
    assert.equal(result0.locations[0].physicalLocation.region.startColumn, 8);
    assert.match(result0.partialFingerprints['leakproof/v1'], /^(?:scrypt|hmac):[0-9a-f]{64}$/);
    assert.ok(!result.stdout.includes(token));
  });

  it('scans standard input with --filename for insights', () => {
    const { status, report } = scanJson(['-', '--filename', 'tests/fixture.env'], { input: `TOKEN=${token}\n` });
    assert.equal(status, 1);
    assert.equal(report.findings[0]?.path, 'tests/fixture.env');
    assert.ok(report.findings[0]?.insights.some((i) => i.kind === 'test_file'));
    assert.equal(report.findings[0]?.severity, 'warning', 'a specific finding in a test file is one level lower');
  });

  it('places findings from standard input right when it starts with a BOM', () => {
    const { report } = scanJson(['-', '--filename', 'notes.txt'], { input: `\ufeffx\n${token}\n` });
    assert.deepEqual(
      report.findings.map((f) => [f.line, f.column, f.endColumn]),
      [[2, 1, 1 + token.length]],
    );
  });

  it('rejects an unknown format and unknown commands with exit 2', () => {
    assert.equal(runCli(['scan', '.', '--format', 'xml']).status, 2);
    assert.equal(runCli(['frobnicate']).status, 2);
  });
});

describe('engine stages through the CLI', () => {
  it('de-duplicates: a GitHub token assigned to `token =` is one specific finding, not a generic one too', () => {
    const dir = tempTree({ 'app.py': `api_token = "${token}"\n` });
    const { report } = scanJson([dir]);
    assert.deepEqual(
      report.findings.map((f) => f.detector),
      ['github.pat-classic'],
    );
  });

  it('caps at 8 findings per detector per file and says so', () => {
    const lines = Array.from({ length: 11 }, (_, i) => `T${i}=${fakeGithubToken('ghp_', `cap-${i}`)}`).join('\n');
    const dir = tempTree({ 'many.txt': `${lines}\n` });
    const { report } = scanJson([dir]);
    assert.equal(report.findings.filter((f) => f.detector === 'github.pat-classic').length, 8);
    assert.deepEqual(
      report.capped.map((c) => [c.detector, c.dropped]),
      [['github.pat-classic', 3]],
    );
    const text = runCli(['scan', dir, '--no-color']).stdout;
    assert.match(text, /3 more github\.pat-classic finding\(s\) not shown \(cap per file reached\)/);
  });

  it('finds a Base64-encoded token (Kubernetes Secret) and attaches the decoded value, redacted', () => {
    const encoded = toBase64(token);
    const yaml = `apiVersion: v1\nkind: Secret\ndata:\n  github-token: ${encoded}\n`;
    const dir = tempTree({ 'k8s/secret.yaml': yaml });
    const { report } = scanJson([dir]);
    const finding = report.findings.find((f) => f.detector === 'github.pat-classic');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.equal(finding.line, 4);
    assert.equal(finding.column, 17);
    assert.equal(finding.endColumn, 17 + encoded.length);
    const decoded = finding.insights.find((i) => i.kind === 'decoded');
    assert.ok(decoded?.redacted?.startsWith('ghp_'));
    assert.ok(!JSON.stringify(report).includes(token));
  });

  it('adds test_file and sensitive_file insights', () => {
    const dir = tempTree({ 'tests/test_api.py': `T = "${token}"\n`, 'deploy/.env': `T=${otherToken}\n` });
    const { report } = scanJson([dir]);
    const byPath = Object.fromEntries(report.findings.map((f) => [f.path.split('/').slice(-2).join('/'), f.insights.map((i) => i.kind)]));
    assert.deepEqual(byPath['tests/test_api.py'], ['test_file']);
    assert.deepEqual(byPath['deploy/.env'], ['sensitive_file']);
  });

  it('skips binaries (by extension and by content), banned paths and low-value files, with reasons', () => {
    const dir = tempTree({
      'logo.png': `${token}`,
      'data.bin2': Buffer.concat([Buffer.from(token), Buffer.from([0, 1, 2, 3])]),
      'node_modules/pkg/index.js': `t="${token}"`,
      'site/index.html': `<p>${token}</p>`,
    });
    const { status, report } = scanJson([dir]);
    assert.equal(status, 0);
    const reasons = report.skipped.map((s) => `${s.path.split('/').pop()}: ${s.reason.split(':')[0]}`).sort();
    assert.deepEqual(reasons, [
      'data.bin2: binary-content',
      'index.html: low-value-extension',
      'index.js: banned-path',
      'logo.png: binary-extension',
    ]);
  });

  it('respects .gitignore unless --no-gitignore', () => {
    const dir = tempTree({
      '.gitignore': 'secrets/\n*.local\n',
      'secrets/a.txt': `t=${token}\n`,
      'b.local': `t=${otherToken}\n`,
      'c.txt': 'nothing\n',
    });
    assert.equal(scanJson([dir]).report.findings.length, 0);
    assert.equal(scanJson([dir, '--no-gitignore']).report.findings.length, 2);
  });

  it('finds a generic human password and ignores references and placeholders', () => {
    const dir = tempTree({
      'config/app.yml': 'kiosk:\n  password: "Summer2024!"\n  other_password: ${DB_PASSWORD}\n  third_password: "<your-password>"\n',
      'src/db.js': 'const password = process.env.DB_PASSWORD;\n',
    });
    const { report } = scanJson([dir]);
    assert.deepEqual(
      report.findings.map((f) => [f.detector, f.line, f.column]),
      [['generic.password', 2, 14]],
    );
  });

  it('never reports a secret it was not shown: random bytes and prose stay clean', () => {
    const dir = tempTree({ 'notes.txt': 'Use a password manager. The token expires after one hour.\nSee the API key docs.\n' });
    assert.equal(scanJson([dir]).report.findings.length, 0);
  });

  it('keeps a base32 secret in prose-free config (generic.secret)', () => {
    const value = fake(BASE32_UPPER, 32, 'b32');
    // A TOTP-named setting would be totp.seed's (specific); any other secret name stays generic.
    const dir = tempTree({ 'app.env': `WEBHOOK_SIGNING_SECRET=${value}\n`, 'otp.env': `TOTP_SECRET=${value}\n` });
    assert.deepEqual(
      scanJson([dir]).report.findings.map((f) => [f.path.split(/[\\/]/).pop(), f.detector]),
      [
        ['app.env', 'generic.secret'],
        ['otp.env', 'totp.seed'],
      ],
    );
  });

  it('reports a PEM private key as one finding starting at its BEGIN line', () => {
    const pem = fakePem('RSA PRIVATE KEY', 900, 'cli');
    const dir = tempTree({ 'deploy/key.txt': `# key below\n${pem}\n` });
    const { report } = scanJson([dir]);
    const finding = report.findings.find((f) => f.detector.startsWith('pem.'));
    assert.ok(finding, JSON.stringify(report.findings.map((f) => f.detector)));
    assert.equal(finding.line, 2);
    assert.equal(finding.endLine, pem.split('\n').length + 1);
    assert.equal(report.findings.length, 1, 'one finding for the whole block');
  });

  it('pairs an AWS key id with its secret key into one multi-part finding', () => {
    const id = `AKIA${fake({ re: 'A-Z2-7', chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567' }, 16, 'aws-id')}`;
    const secret = fake({ re: 'A-Za-z0-9+/', chars: `${B62.chars}+/` }, 40, 'aws-secret');
    const dir = tempTree({ 'creds.ini': `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n` });
    const { report } = scanJson([dir]);
    assert.equal(report.findings.length, 1, JSON.stringify(report.findings.map((f) => f.detector)));
    const [finding] = report.findings;
    assert.ok(finding);
    assert.equal(finding.detector, 'aws.access-key-id');
    assert.deepEqual(
      finding.matches.map((m) => [m.name, m.line]),
      [
        ['secret', 2],
        ['secret_access_key', 3],
      ],
    );
    assert.deepEqual([finding.line, finding.endLine], [2, 3]);
  });
  it('reports database credentials spread over lines as one finding with user, host and port', () => {
    const password = `${fake(B62, 18, 'db-multi')}!`;
    const env = `dbusername = admin\ndbpassword = ${password}\ndbhost = db-postgres-nyc1-1111-do-user-111111-0.db.ondigitalocean.com\ndbport = 25060\ndbdatabase = defaultdb\n`;
    const dir = tempTree({ 'settings.ini': env });
    const { report } = scanJson([dir]);
    assert.equal(report.findings.length, 1, JSON.stringify(report.findings.map((f) => f.detector)));
    const [finding] = report.findings;
    assert.ok(finding);
    assert.equal(finding.detector, 'database.password');
    assert.deepEqual(finding.matches.map((m) => [m.name, m.line]).sort(), [
      ['host', 3],
      ['port', 4],
      ['secret', 2],
      ['username', 1],
    ]);
    assert.deepEqual([finding.line, finding.endLine], [1, 4]);
    assert.ok(!JSON.stringify(report).includes(password));
  });

  it('reports SMTP host + user + password as one finding', () => {
    const password = fake(B62, 20, 'smtp-multi');
    const dir = tempTree({
      '.env': `MAIL_HOST=smtp.eu.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME=postmaster@mg.example.org\nMAIL_PASSWORD=${password}\n`,
    });
    const { report } = scanJson([dir]);
    assert.equal(report.findings.length, 1, JSON.stringify(report.findings.map((f) => f.detector)));
    assert.equal(report.findings[0]?.detector, 'smtp.credentials');
    assert.deepEqual(report.findings[0]?.matches.map((m) => m.name).sort(), ['host', 'port', 'secret', 'username']);
  });

  it('reports an OAuth client secret together with its client id', () => {
    const dir = tempTree({
      'oidc.env': `OIDC_ISSUER=https://login.example.org\nOIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=${fake(B62, 40, 'oauth-cli')}\n`,
    });
    const { report } = scanJson([dir]);
    assert.deepEqual(
      report.findings.map((f) => [f.detector, f.matches.map((m) => `${m.name}@${m.line}`).join(',')]),
      [['generic.oauth-client-secret', 'secret@3,client_id@2']],
    );
  });

  it('reports a private key written with \\n escapes inside JSON as one finding', () => {
    const pem = fakePem('PRIVATE KEY', 1200, 'json-escaped');
    const json = JSON.stringify({ type: 'service_account', project_id: 'demo', private_key: `${pem}\n` }, null, 2);
    const dir = tempTree({ 'sa.json': json });
    const { report } = scanJson([dir]);
    const keys = report.findings.filter((f) => f.detector.startsWith('pem.'));
    assert.equal(keys.length, 1, JSON.stringify(report.findings.map((f) => f.detector)));
    assert.equal(keys[0]?.line, 4);
    assert.equal(keys[0]?.endLine, 4, 'the escaped key sits on one line');
  });
});

describe('allowlists', () => {
  it("honours inline comments: ours and other tools'", () => {
    const comments = ['# leakproof:allow', '# gitleaks:allow', '# pragma: allowlist secret', '# ggignore', '# trufflehog:ignore'];
    const text = comments.map((comment, i) => `T${i} = "${fakeGithubToken('ghp_', `inline-${i}`)}"  ${comment}`).join('\n');
    const dir = tempTree({ 'a.py': `${text}\nT9 = "${token}"\n` });
    const { status, report } = scanJson([dir]);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => f.line),
      [6],
    );
    assert.equal(report.stats.allowlisted, 5);
    const shown = scanJson([dir, '--show-allowlisted']).report;
    assert.equal(shown.findings.length, 6);
    assert.equal(shown.findings.filter((f) => f.insights.some((i) => i.kind === 'allowlisted')).length, 5);
  });

  it('allowlists by secret hash, path glob and detector id from .leakproof.json (with comments)', () => {
    const dir = tempTree({
      '.leakproof.json': `{
        // fixtures are fake
        "allowlist": [
          { "hash": "${secretHash(token)}", "reason": "rotated already" },
          { "path": "fixtures/**" },
          { "detector": "generic.password", "path": "docs/*.txt", "reason": "examples" },
        ],
      }`,
      'src/a.txt': `t=${token}\n`,
      'fixtures/b.txt': `t=${otherToken}\n`,
      'docs/c.txt': 'password = "Winter2025!"\n',
      'src/d.txt': 'password = "Winter2025!"\n',
    });
    const { status, report } = scanJson(['.'], { cwd: dir });
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => `${f.path}:${f.detector}`),
      ['src/d.txt:generic.password'],
    );
    assert.equal(report.stats.allowlisted, 3);
    assert.ok(!readFileSync(join(dir, '.leakproof.json'), 'utf8').includes(token));
  });

  it('disables detectors and adds custom patterns; the defaults stay on', () => {
    const custom = `acme_${fake(B62, 32, 'acme')}`;
    const dir = tempTree({
      '.leakproof.json': JSON.stringify({
        detectors: { disable: ['generic.password'] },
        customDetectors: [
          { id: 'acme.token', title: 'ACME token', regex: '(?<secret>acme_[A-Za-z0-9]{32})', keywords: ['acme_'], minEntropy: 3 },
        ],
      }),
      'a.txt': `password = "Winter2025!"\nacme = ${custom}\ngh = ${token}\n`,
    });
    const { report } = scanJson(['.'], { cwd: dir });
    assert.deepEqual(report.findings.map((f) => f.detector).sort(), ['acme.token', 'github.pat-classic']);
  });

  it('fails with exit 2 naming file, position and problem for an invalid config or unknown detector', () => {
    const badJson = tempTree({ '.leakproof.json': '{\n  "allowlist": [\n    { "hash": 12 }\n  ]\n}\n', 'a.txt': 'x' });
    const result = runCli(['scan', '.'], { cwd: badJson });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.leakproof\.json:3:15: "hash" must be a non-empty string/);
    const unknown = tempTree({ '.leakproof.json': '{ "detectors": { "disable": ["nope.nothing"] } }', 'a.txt': 'x' });
    const result2 = runCli(['scan', '.'], { cwd: unknown });
    assert.equal(result2.status, 2);
    assert.match(result2.stderr, /\.leakproof\.json:1:30: unknown detector id "nope\.nothing"/);
    const plaintext = tempTree({ '.leakproof.json': `{ "allowlist": [{ "hash": "${token}" }] }`, 'a.txt': 'x' });
    const result3 = runCli(['scan', '.'], { cwd: plaintext });
    assert.equal(result3.status, 2);
    assert.match(result3.stderr, /sha256 of the secret/);
    assert.ok(!result3.stderr.includes(token));
  });
});

describe('baseline', () => {
  it('records current findings without plaintext or line numbers and blocks only new ones', () => {
    const dir = tempTree({ 'old.txt': `t=${token}\n` });
    const created = runCli(['baseline', 'create'], { cwd: dir });
    assert.equal(created.status, 0, created.stderr);
    const baselineText = readFileSync(join(dir, '.leakproof-baseline.json'), 'utf8');
    assert.ok(!baselineText.includes(token));
    assert.ok(!/"line"/.test(baselineText));
    const baseline = JSON.parse(baselineText);
    assert.deepEqual(
      baseline.entries.map((e: { path: string; detector: string }) => [e.path, e.detector]),
      [['old.txt', 'github.pat-classic']],
    );

    // The old secret moves down a few lines: still known. A new one appears: blocked.
    tempTreeWrite(dir, { 'old.txt': `\n\n\nt=${token}\n`, 'new.txt': `t=${otherToken}\n` });
    const { status, report } = scanJson(['.', '--baseline', '.leakproof-baseline.json'], { cwd: dir });
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => f.path),
      ['new.txt'],
    );
    assert.equal(report.stats.baselined, 1);

    const updated = runCli(['baseline', 'update'], { cwd: dir });
    assert.equal(updated.status, 0);
    assert.equal(scanJson(['.', '--baseline', '.leakproof-baseline.json'], { cwd: dir }).status, 0);
  });

  it('rejects a file that is not a baseline with exit 2', () => {
    const dir = tempTree({ 'b.json': '{"nope": true}', 'a.txt': 'x' });
    const result = runCli(['scan', '.', '--baseline', 'b.json'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /not a leakproof baseline/);
  });
});

describe('detectors command', () => {
  it('lists at least 150 specific detectors', () => {
    const result = runCli(['detectors', '--format', 'json']);
    assert.equal(result.status, 0);
    const list = JSON.parse(result.stdout) as { id: string; kind: string }[];
    assert.ok(list.filter((d) => d.kind === 'specific').length >= 150, `${list.length} detectors`);
  });
});
