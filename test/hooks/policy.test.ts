/**
 * Confidence and the test-file policy through the built CLI (issue 9 section 3): real temporary git
 * repositories, real `git commit` runs with the installed hook, real files. Secrets are generated
 * at test time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fake } from '../../server/src/engine/fake.js';
import { B62 } from '../../server/src/engine/patterns.js';
import { commitFiles, commitWithHooks, git, leakproof, makeRepo, parseReport, staged, token, write } from './gitHelpers.js';

/** A human password the generic detector reports (mixed classes, not a word): generated per salt. */
function password(salt: string): string {
  return `${fake(B62, 14, `policy-${salt}`)}-7`;
}

interface PolicyFinding {
  path: string;
  detector: string;
  kind: string;
  confidence: string;
  severity: string;
  nonBlocking?: string;
  insights: { kind: string }[];
}

function findings(report: unknown): PolicyFinding[] {
  return (report as { findings: PolicyFinding[] }).findings;
}

function installHook(repo: string): void {
  const result = leakproof(repo, ['install-hook']);
  assert.equal(result.status, 0, result.stderr);
}

describe('hook policy: generic findings in test files are reported without blocking', () => {
  it('a commit with a generic password in a test fixture passes, and the finding is reported as not blocking', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'README.md': '# app\n' }, 'initial');
    write(repo, { 'tests/fixtures/settings.py': `KIOSK_PASSWORD = "${password('fixture')}"\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 0, 'not blocking');
    const [finding] = findings(report);
    assert.equal(finding?.detector, 'generic.password');
    assert.equal(finding.confidence, 'low');
    assert.ok(finding.insights.some((i) => i.kind === 'test_file'));
    assert.equal(finding.severity, 'note', 'generic in a test file: two levels below error');
    assert.match(finding.nonBlocking ?? '', /generic finding in a test file/);

    installHook(repo);
    const commit = commitWithHooks(repo, ['-m', 'fixture']);
    assert.equal(commit.status, 0, commit.stderr);
    assert.match(commit.stdout + commit.stderr, /not blocking/);
  });

  it('a specific token in a test file still blocks the commit', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'README.md': '# app\n' }, 'initial');
    installHook(repo);
    write(repo, { 'tests/fixtures/tokens.py': `TOKEN = "${token('policy-specific')}"\n` });
    git(repo, 'add', '-A');
    const commit = commitWithHooks(repo, ['-m', 'token in a fixture']);
    assert.notEqual(commit.status, 0, 'blocked');
    assert.match(commit.stderr, /commit blocked/);
  });

  it('the same generic password outside test files blocks', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'README.md': '# app\n' }, 'initial');
    write(repo, { 'app/settings.py': `KIOSK_PASSWORD = "${password('app')}"\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.equal(findings(report)[0]?.nonBlocking, undefined);
  });

  it('"hook": {"blockGenericInTests": true} in .leakproof.json makes them block (staged, history and scan alike)', () => {
    const repo = makeRepo();
    commitFiles(repo, { '.leakproof.json': JSON.stringify({ hook: { blockGenericInTests: true } }) }, 'strict policy');
    write(repo, { 'tests/fixtures/settings.py': `KIOSK_PASSWORD = "${password('strict')}"\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.equal(findings(report)[0]?.nonBlocking, undefined);
    git(repo, 'commit', '-q', '--no-verify', '-m', 'fixture');
    assert.equal(leakproof(repo, ['scan', '--history', '--format', 'json']).status, 1, 'history');
    assert.equal(leakproof(repo, ['scan', '.', '--format', 'json']).status, 1, 'scan');
  });

  it('the default policy applies to history and scan too: exit 0 with the finding reported', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'test/seed.rb': `admin_password = "${password('seed')}"\n` }, 'seed');
    const history = leakproof(repo, ['scan', '--history', '--format', 'json']);
    assert.equal(history.status, 0, history.stderr);
    assert.equal(findings(parseReport(history)).length, 1);
    const scan = leakproof(repo, ['scan', '.']);
    assert.equal(scan.status, 0, scan.stderr);
    assert.match(scan.stdout, /not blocking: generic finding in a test file/);
    assert.match(scan.stdout, /1 not blocking/);
  });

  it('rejects a non-boolean blockGenericInTests with its position (exit 2)', () => {
    const repo = makeRepo();
    write(repo, { '.leakproof.json': '{\n  "hook": { "blockGenericInTests": "yes" }\n}\n', 'a.txt': 'x\n' });
    const result = leakproof(repo, ['scan', '.']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.leakproof\.json:2:\d+: "hook\.blockGenericInTests" must be true or false/);
  });
});

describe('--min-confidence', () => {
  function mixedRepo(): string {
    const repo = makeRepo();
    commitFiles(
      repo,
      {
        'app/settings.py': `KIOSK_PASSWORD = "${password('mixed')}"\nGITHUB_TOKEN = "${token('mixed')}"\n`,
        'app/db.env': `DATABASE_URL=postgres://app:${password('db')}@db.internal:5432/app\n`,
      },
      'mixed',
    );
    return repo;
  }

  it('every finding carries its confidence; low, medium and high filter as documented', () => {
    const repo = mixedRepo();
    const levels = (args: string[]) => {
      const result = leakproof(repo, ['scan', '.', '--format', 'json', ...args]);
      return findings(parseReport(result))
        .map((f) => `${f.detector}:${f.confidence}`)
        .sort();
    };
    const all = levels([]);
    assert.deepEqual(all, ['generic.password:low', 'github.pat-classic:high', 'postgres.uri:medium']);
    assert.deepEqual(levels(['--min-confidence', 'low']), all);
    assert.deepEqual(levels(['--min-confidence', 'medium']), ['github.pat-classic:high', 'postgres.uri:medium']);
    assert.deepEqual(levels(['--min-confidence', 'high']), ['github.pat-classic:high']);
  });

  it('findings below the level never fail the scan; the text summary counts them', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'app/settings.py': `KIOSK_PASSWORD = "${password('only-low')}"\n` }, 'low only');
    assert.equal(leakproof(repo, ['scan', '.']).status, 1);
    const high = leakproof(repo, ['scan', '.', '--min-confidence', 'high']);
    assert.equal(high.status, 0, high.stderr);
    assert.match(high.stdout, /1 below --min-confidence/);
  });

  it('applies to --staged and --history', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'README.md': '# app\n' }, 'initial');
    write(repo, { 'app/settings.py': `KIOSK_PASSWORD = "${password('git')}"\n` });
    git(repo, 'add', '-A');
    assert.equal(staged(repo).status, 1);
    assert.equal(staged(repo, ['--min-confidence', 'medium']).status, 0);
    git(repo, 'commit', '-q', '--no-verify', '-m', 'low');
    assert.equal(leakproof(repo, ['scan', '--history']).status, 1);
    assert.equal(leakproof(repo, ['scan', '--history', '--min-confidence', 'medium']).status, 0);
  });

  it('rejects an unknown level (exit 2)', () => {
    const result = leakproof(makeRepo(), ['scan', '.', '--min-confidence', 'certain']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown --min-confidence "certain" \(expected low, medium, high\)/);
  });

  it('SARIF carries confidence as rank and property, and marks non-blocking findings as notes', () => {
    const repo = mixedRepo();
    write(repo, { 'tests/fixtures/seed.py': `KIOSK_PASSWORD = "${password('sarif')}"\n` });
    const sarif = JSON.parse(leakproof(repo, ['scan', '.', '--format', 'sarif']).stdout) as {
      runs: {
        results: { ruleId: string; rank: number; level: string; properties: { confidence: string; nonBlocking?: string } }[];
        tool: { driver: { rules: { id: string; properties: { confidence?: string } }[] } };
      }[];
    };
    const [run] = sarif.runs;
    const byRule = new Map(run!.results.map((r) => [`${r.ruleId}:${r.properties.nonBlocking ? 'test' : 'app'}`, r]));
    assert.equal(byRule.get('github.pat-classic:app')?.rank, 90);
    assert.equal(byRule.get('postgres.uri:app')?.properties.confidence, 'medium');
    assert.equal(byRule.get('generic.password:app')?.rank, 30);
    assert.equal(byRule.get('generic.password:test')?.level, 'note');
    assert.equal(run!.tool.driver.rules.find((r) => r.id === 'github.pat-classic')?.properties.confidence, 'high');
  });
});

describe('leakproof detectors', () => {
  it('lists id, kind, confidence and title, and JSON carries confidence', () => {
    const repo = makeRepo();
    const text = leakproof(repo, ['detectors']);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^github\.pat-classic\s+specific\s+high\s+GitHub/m);
    assert.match(text.stdout, /^generic\.password\s+generic\s+low\s+/m);
    assert.match(text.stdout, /confidence: \d+ high, \d+ medium, \d+ low/);
    const list = JSON.parse(leakproof(repo, ['detectors', '--format', 'json']).stdout) as { id: string; confidence: string }[];
    assert.equal(list.find((d) => d.id === 'postgres.uri')?.confidence, 'medium');
    assert.ok(list.every((d) => ['low', 'medium', 'high'].includes(d.confidence)));
  });
});
