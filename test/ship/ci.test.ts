/**
 * CI integrations, run here as far as a laptop can: the GitHub Action's entry (hooks/ci/github-action.mjs) with
 * the environment the runner gives it (INPUT_* variables, GITHUB_EVENT_PATH with a pull_request or
 * push payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) on real repositories — including a shallow clone
 * like actions/checkout makes — and the GitLab CI template's script under bash with GitLab's
 * variables. leakproof comes from the packed tarball, installed offline. The SARIF they write is
 * checked against the structure code-scanning uploads require.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers.js';
import { commitFiles, makeRepo, token } from '../hooks/gitHelpers.js';
import { freshProject, git, installTarball, npmEnv, packTarball, ROOT, run } from './package.js';

const requireFromLintStaged = createRequire(join(ROOT, 'node_modules', 'lint-staged', 'package.json'));
const YAML = requireFromLintStaged('yaml') as { parse(text: string): unknown };
const ACTION_MAIN = join(ROOT, 'hooks', 'ci', 'github-action.mjs');

const OLD = token('ci-old');
const NEW = token('ci-new');

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  properties?: { commit?: string };
}
interface Sarif {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: SarifResult[] }[];
}

/** The parts of SARIF 2.1.0 that GitHub code scanning (upload-sarif) and other importers rely on. */
function validSarif(text: string): Sarif {
  const sarif = JSON.parse(text) as Sarif;
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.ok(Array.isArray(sarif.runs) && sarif.runs.length > 0);
  for (const run of sarif.runs) {
    assert.equal(run.tool.driver.name, 'leakproof');
    assert.ok(Array.isArray(run.results));
    const ruleIds = run.tool.driver.rules.map((rule) => rule.id);
    for (const result of run.results) {
      assert.ok(ruleIds.includes(result.ruleId), result.ruleId);
      assert.equal(ruleIds[result.ruleIndex], result.ruleId);
      assert.ok(['none', 'note', 'warning', 'error'].includes(result.level), result.level);
      assert.equal(typeof result.message.text, 'string');
      assert.ok(result.locations.length > 0);
      for (const { physicalLocation } of result.locations) {
        assert.doesNotMatch(physicalLocation.artifactLocation.uri, /^\/|^[a-z]+:/i, 'a URI relative to the repository root');
        const { startLine, startColumn, endLine, endColumn } = physicalLocation.region;
        for (const n of [startLine, startColumn, endLine, endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
        assert.ok(endLine >= startLine);
      }
      for (const value of Object.values(result.partialFingerprints)) assert.equal(typeof value, 'string');
    }
  }
  assert.ok(!text.includes(OLD) && !text.includes(NEW), 'no secret in the SARIF');
  return sarif;
}

/** A repository whose main has an old secret, and a pull-request branch that adds a new one. */
function pullRequestRepo(): { repo: string; base: string; leaked: string; head: string } {
  const repo = makeRepo();
  const base = commitFiles(repo, { 'legacy.env': `OLD_TOKEN=${OLD}\n`, 'README.md': '# demo\n' }, 'initial');
  git(repo, 'checkout', '-q', '-b', 'feature');
  const leaked = commitFiles(repo, { 'src/config.js': `export const token = "${NEW}";\n` }, 'add config');
  const head = commitFiles(repo, { 'src/other.js': 'export const a = 1;\n' }, 'more');
  return { repo, base, leaked, head };
}

/** Runs the Action's entry as the runner does: `node hooks/ci/github-action.mjs` with INPUT_* and GITHUB_* set. */
function runAction(workspace: string, eventName: string, event: object, inputs: Record<string, string>) {
  const runnerTemp = tempTree();
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = npmEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = run(process.execPath, [ACTION_MAIN], workspace, env);
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return { ...result, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

describe('GitHub Action (action.yml)', () => {
  it('is a node20 action whose inputs are exactly the ones its entry reads', () => {
    const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      name: string;
      description: string;
      runs: { using: string; main: string };
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, unknown>;
    };
    assert.deepEqual(action.runs, { using: 'node20', main: 'hooks/ci/github-action.mjs' });
    assert.ok(action.name && action.description);
    const source = readFileSync(ACTION_MAIN, 'utf8');
    const read = [...source.matchAll(/(?:input|booleanInput)\('([a-z-]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual([...new Set(read)], Object.keys(action.inputs).sort());
    const written = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(written, Object.keys(action.outputs).sort());
    assert.match(readFileSync(join(ROOT, 'action.yml'), 'utf8'), /github\/codeql-action\/upload-sarif@v3/);
  });

  it('pull_request: scans base..head only, writes valid SARIF, annotates, sets outputs and fails the step', () => {
    const { repo, base, leaked, head } = pullRequestRepo();
    const result = runAction(
      repo,
      'pull_request',
      { pull_request: { base: { sha: base }, head: { sha: head } } },
      { 'leakproof-package': packTarball().tarball },
    );
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const sarif = validSarif(readFileSync(join(repo, 'leakproof.sarif'), 'utf8'));
    const results = sarif.runs[0]!.results;
    assert.deepEqual(
      results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri),
      ['src/config.js'],
      "the old secret on main is not the pull request's",
    );
    assert.equal(results[0]!.properties?.commit, leaked);
    assert.match(result.stdout, /^::error file=src\/config\.js,line=1,col=23,title=leakproof github\.[a-z-]+::/m);
    assert.deepEqual(result.outputs, { 'sarif-file': join(repo, 'leakproof.sarif'), findings: '1' });
    assert.match(result.summary, /1 secret\(s\) found/);
    assert.match(result.summary, /`src\/config\.js` \(commit [0-9a-f]{12}\) \| 1 \|/);
    for (const text of [result.stdout, result.stderr, result.summary]) assert.ok(!text.includes(NEW), 'the secret is never printed');
  });

  it('pull_request on a shallow checkout (fetch-depth: 1): fetches the missing commits and finds the same secret', () => {
    const { repo, base, head } = pullRequestRepo();
    const checkout = join(tempTree(), 'checkout');
    git(ROOT, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, checkout);
    assert.equal(git(checkout, 'rev-parse', '--is-shallow-repository'), 'true');
    const result = runAction(
      checkout,
      'pull_request',
      { pull_request: { base: { sha: base }, head: { sha: head } } },
      { 'leakproof-package': packTarball().tarball },
    );
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const sarif = validSarif(readFileSync(join(checkout, 'leakproof.sarif'), 'utf8'));
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri),
      ['src/config.js'],
    );
  });

  it('a clean pull request passes with an empty, valid SARIF', () => {
    const { repo, leaked, head } = pullRequestRepo();
    const result = runAction(
      repo,
      'pull_request',
      { pull_request: { base: { sha: leaked }, head: { sha: head } } },
      { 'leakproof-package': packTarball().tarball, 'sarif-file': 'reports/leakproof.sarif' },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(validSarif(readFileSync(join(repo, 'reports', 'leakproof.sarif'), 'utf8')).runs[0]!.results.length, 0);
    assert.equal(result.outputs.findings, '0');
    assert.match(result.summary, /no secrets found/);
  });

  it("a new branch push (no before commit) scans the whole tree with the project's own leakproof; fail-on-findings: false reports without failing", () => {
    const repo = freshProject();
    installTarball(repo, packTarball().tarball);
    commitFiles(repo, { 'legacy.env': `OLD_TOKEN=${OLD}\n`, 'src/config.js': `export const token = "${NEW}";\n` }, 'initial');
    const head = git(repo, 'rev-parse', 'HEAD');
    const result = runAction(repo, 'push', { before: '0'.repeat(40), after: head }, { 'fail-on-findings': 'false' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /leakproof \(the project's node_modules\): scanning the tree/);
    const sarif = validSarif(readFileSync(join(repo, 'leakproof.sarif'), 'utf8'));
    assert.deepEqual(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort(), [
      'legacy.env',
      'src/config.js',
    ]);
    assert.equal(result.outputs.findings, '2');
  });

  it('scan: diff on an event without a range is an error, not a silent pass', () => {
    const { repo } = pullRequestRepo();
    const result = runAction(repo, 'workflow_dispatch', {}, { scan: 'diff', 'leakproof-package': packTarball().tarball });
    assert.equal(result.status, 2);
    assert.match(result.stdout, /::error::scan: diff needs a pull_request/);
  });
});

describe('GitLab CI template (docs/ci/gitlab-ci.yml)', () => {
  const template = YAML.parse(readFileSync(join(ROOT, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { image: string; script: string[]; variables: Record<string, string>; artifacts: { when: string; paths: string[] } }
  >;
  const job = template.leakproof!;

  /** The job's script as the runner runs it: one bash session, the job's variables, GitLab's CI_* variables. */
  function runJob(repo: string, ci: Record<string, string>) {
    const prefix = tempTree();
    const env = npmEnv({
      ...job.variables,
      LEAKPROOF_PACKAGE: packTarball().tarball,
      npm_config_prefix: prefix,
      PATH: `${prefix}/bin:${process.env.PATH}`,
      CI: 'true',
      ...ci,
    });
    return run('bash', ['-e', '-c', job.script.join('\n')], repo, env);
  }

  it('declares a job that keeps the SARIF report as an artifact, whatever the outcome', () => {
    assert.match(job.image, /^node:20/);
    assert.deepEqual(job.artifacts.paths, ['leakproof.sarif']);
    assert.equal(job.artifacts.when, 'always');
    assert.equal(job.variables.GIT_DEPTH, '0');
  });

  it("a merge request pipeline scans the merge request's commits: blocks the new secret, SARIF and a readable log", () => {
    const { repo, base, head } = pullRequestRepo();
    const result = runJob(repo, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /src\/config\.js:1:23/);
    assert.doesNotMatch(result.stdout, /legacy\.env/);
    const sarif = validSarif(readFileSync(join(repo, 'leakproof.sarif'), 'utf8'));
    assert.equal(sarif.runs[0]!.results.length, 1);
  });

  it('a merge request with clean commits passes; a default-branch pipeline scans the tree', () => {
    const { repo, leaked, head } = pullRequestRepo();
    const clean = runJob(repo, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: leaked, CI_COMMIT_SHA: head });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.equal(validSarif(readFileSync(join(repo, 'leakproof.sarif'), 'utf8')).runs[0]!.results.length, 0);
    const tree = runJob(repo, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_SHA: head });
    assert.equal(tree.status, 1, tree.stdout + tree.stderr);
    assert.equal(validSarif(readFileSync(join(repo, 'leakproof.sarif'), 'utf8')).runs[0]!.results.length, 2);
  });
});
