// The GitHub Action (action.yml, `runs: using: node20`): plain JavaScript with no dependencies, so
// it runs straight from a checkout of this repository at a tag — the runner's own Node 20, no build.
//
// 1. Finds the leakproof CLI: the project's own (node_modules/leakproof, after `npm ci`), or installs
//    the `leakproof-package` input (default: leakproof at this action's version) into RUNNER_TEMP.
// 2. Chooses what to scan: a pull request's commits (base..head), a push's commits (before..after),
//    or the whole tree (`scan: tree`, or an event without a usable range).
// 3. Writes SARIF for github/codeql-action/upload-sarif, prints each finding as an annotation on the
//    changed line, adds a job summary, sets the `sarif-file` and `findings` outputs, and fails the
//    step on findings unless `fail-on-findings: false`.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACTION_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NO_COMMIT = /^0+$/;

/** An input as the runner passes it (`INPUT_<NAME>`, name upper-cased, spaces as underscores). */
function input(name, fallback = '') {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

function booleanInput(name, fallback) {
  const value = input(name, String(fallback)).toLowerCase();
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new Error(`input ${name} must be true or false, not "${value}"`);
}

/** `::command::` messages escape these characters (the runner's own rules). */
function escapeData(text) {
  return String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

function git(args, cwd) {
  return run('git', args, { cwd });
}

function hasCommit(sha, cwd) {
  return git(['cat-file', '-e', `${sha}^{commit}`], cwd).status === 0;
}

/** The commits a pull request or push adds, from the event payload; undefined when there is none. */
function eventRange(eventName, event) {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const base = event.pull_request?.base?.sha;
    const head = event.pull_request?.head?.sha;
    return base && head ? { base, head } : undefined;
  }
  if (eventName === 'merge_group') {
    const base = event.merge_group?.base_sha;
    const head = event.merge_group?.head_sha;
    return base && head ? { base, head } : undefined;
  }
  if (eventName === 'push' && event.before && event.after && !NO_COMMIT.test(event.before) && !NO_COMMIT.test(event.after)) {
    return { base: event.before, head: event.after };
  }
  return undefined;
}

/**
 * actions/checkout fetches one commit by default; a range needs both ends and what lies between.
 * Fetch what is missing (GitHub serves commits by SHA); `fetch-depth: 0` on checkout avoids this.
 */
function ensureCommits(range, cwd) {
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd).stdout.trim() === 'true';
  const missing = () => [range.base, range.head].filter((sha) => !hasCommit(sha, cwd));
  if (!shallow && missing().length === 0) return;
  const remote = git(['remote'], cwd).stdout.split('\n')[0]?.trim();
  if (!remote) throw new Error(`commits ${missing().join(', ')} are not in the checkout and there is no remote to fetch them from`);
  if (shallow) git(['fetch', '--no-tags', '--quiet', '--unshallow', remote], cwd);
  const stillMissing = missing();
  if (stillMissing.length === 0) return;
  const fetched = git(['fetch', '--no-tags', '--quiet', remote, ...stillMissing], cwd);
  if (fetched.status !== 0)
    throw new Error(`cannot fetch ${stillMissing.join(' and ')} (use actions/checkout with fetch-depth: 0):\n${fetched.stderr}`);
}

/** The CLI to run, as [executable, ...leading args]. */
function resolveCli(workspace) {
  const requested = input('leakproof-package');
  const local = join(workspace, 'node_modules', 'leakproof', 'dist', 'cli.js');
  if (!requested && existsSync(local)) return { command: [process.execPath, local], origin: "the project's node_modules" };
  const version = JSON.parse(readFileSync(join(ACTION_ROOT, 'package.json'), 'utf8')).version;
  const spec = requested || `leakproof@${version}`;
  const prefix = join(process.env.RUNNER_TEMP || join(workspace, '.leakproof-action'), 'leakproof-cli');
  mkdirSync(prefix, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const installed = run(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, spec], {
    cwd: prefix,
    shell: process.platform === 'win32',
  });
  if (installed.status !== 0) throw new Error(`npm install ${spec} failed:\n${installed.stderr}`);
  return { command: [process.execPath, join(prefix, 'node_modules', 'leakproof', 'dist', 'cli.js')], origin: spec };
}

function summarize(sarif, scope) {
  const results = sarif.runs.flatMap((r) => r.results);
  const active = results.filter((r) => !r.suppressions?.length);
  const lines = [
    `### Leakproof: ${active.length === 0 ? 'no secrets found' : `${active.length} secret(s) found`}`,
    '',
    `Scanned ${scope}.`,
    '',
  ];
  if (active.length > 0) {
    lines.push('| File | Line | Detector | Value (redacted) |', '| --- | --- | --- | --- |');
    for (const result of active) {
      const location = result.locations[0].physicalLocation;
      const commit = result.properties?.commit ? ` (commit ${String(result.properties.commit).slice(0, 12)})` : '';
      lines.push(
        `| \`${decodeURI(location.artifactLocation.uri)}\`${commit} | ${location.region.startLine} | ${result.ruleId} | \`${result.message.text.replace(/\|/g, '\\|')}\` |`,
      );
    }
    lines.push(
      '',
      'Fix: move each value out of the code and revoke it; or allow a false positive in `.leakproof.json` (see the detector documentation).',
    );
  }
  return `${lines.join('\n')}\n`;
}

function main() {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const mode = input('scan', 'auto');
  if (!['auto', 'diff', 'tree'].includes(mode)) throw new Error(`input scan must be auto, diff or tree, not "${mode}"`);
  const sarifFile = resolve(workspace, input('sarif-file', 'leakproof.sarif'));
  const failOnFindings = booleanInput('fail-on-findings', true);

  const event =
    process.env.GITHUB_EVENT_PATH && existsSync(process.env.GITHUB_EVENT_PATH)
      ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
      : {};
  const range = mode === 'tree' ? undefined : eventRange(process.env.GITHUB_EVENT_NAME || '', event);
  if (mode === 'diff' && !range)
    throw new Error(
      `scan: diff needs a pull_request, merge_group or push event with a commit range (event: ${process.env.GITHUB_EVENT_NAME || 'none'})`,
    );

  const cli = resolveCli(workspace);
  const args = ['scan', '--format', 'sarif', '--output', sarifFile];
  const config = input('config');
  if (config) args.push('--config', config);
  const baseline = input('baseline');
  if (baseline) args.push('--baseline', baseline);
  let scope;
  if (range) {
    ensureCommits(range, workspace);
    args.push('--history', `${range.base}..${range.head}`);
    scope = `the commits ${range.base.slice(0, 12)}..${range.head.slice(0, 12)}`;
  } else {
    const paths = input('path', '.').split(/\s+/);
    args.push(...paths);
    scope = `the tree (${paths.join(' ')})`;
  }
  console.log(`leakproof (${cli.origin}): scanning ${scope}`);
  mkdirSync(dirname(sarifFile), { recursive: true });
  const scan = run(cli.command[0], [...cli.command.slice(1), ...args], { cwd: workspace, stdio: ['ignore', 'inherit', 'inherit'] });
  if (scan.status !== 0 && scan.status !== 1) {
    console.log(`::error::leakproof could not scan (exit ${scan.status}); see the messages above`);
    return 2;
  }

  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  const active = sarif.runs.flatMap((r) => r.results).filter((r) => !r.suppressions?.length);
  for (const result of active) {
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    const level = result.level === 'error' ? 'error' : 'warning';
    const properties = `file=${escapeProperty(decodeURI(artifactLocation.uri))},line=${region.startLine},col=${region.startColumn},title=${escapeProperty(`leakproof ${result.ruleId}`)}`;
    console.log(`::${level} ${properties}::${escapeData(result.message.text)}`);
  }
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summarize(sarif, scope));
  setOutput('sarif-file', sarifFile);
  setOutput('findings', String(active.length));
  console.log(`leakproof: ${active.length} finding(s); SARIF written to ${sarifFile}`);
  return active.length > 0 && failOnFindings ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.log(`::error::${escapeData(error instanceof Error ? error.message : String(error))}`);
  process.exitCode = 2;
}
