/**
 * `leakproof` command line. Exit codes: 0 clean, 1 findings, 2 error (bad config, bad arguments,
 * unreadable input) — a scanner that cannot scan must never look like a clean pass.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { displayPath } from '../project/fileListing.js';
import { parseArgs } from 'node:util';
import { ALL_DETECTORS, CONFIDENCE_LEVELS, saltedKindOf, type Confidence } from '../engine/index.js';
import { ConfigError, hookPolicy } from '../engine/config.js';
import packageJson from '../../../package.json';
import { BASELINE_FILE, baselineFrom, baselineKey, legacyBaselineEntries, readBaseline, writeBaseline } from './baseline.js';
import { isBaselined as inConfiguredBaseline } from '../project/baseline.js';
import { withBaselineSetting } from './salt.js';
import { MIGRATE_USAGE, runMigrateHashes } from './migrateHashes.js';
import { runImport } from './import/importCommand.js';
import { ensureRepositorySalt } from './salt.js';
import { loadProjectConfig, type ProjectConfig } from './projectConfig.js';
import { scanFiles, scanText, type ScanInput } from './scanFiles.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { applyHookPolicy, blockingFindings, withMinConfidence, type Report, type ReportFilter } from './report.js';
import { isGitScan, runGitScan, runHookCommand } from './hookCommands.js';
import { explainUnknownOption } from './suggest.js';
import { useColor } from './format/color.js';
import { progressBar } from './progress.js';
import { HOOK_RESULT_MARKER } from './hook.js';
import { useUserCacheForAutomata } from './userCache.js';

export const VERSION: string = packageJson.version;

class UsageError extends Error {}

/** The scan command's forms: in the general help and in `scan --help`. */
const SCAN_FORMS = `  leakproof scan [paths…]            scan files and folders (default: .)
  leakproof scan - --filename NAME   scan standard input as if it were NAME
  leakproof scan --staged [files…]   what the next commit adds (reads the index; for pre-commit hooks)
  leakproof scan --pre-push [remote] the commits being pushed (git's pre-push input on stdin)
  leakproof scan --history [--all | <rev-range>…] [--since DATE]
                                     each secret once, at the commit that introduced it
`;

const HELP = `leakproof ${VERSION} — offline secret scanner

Usage:
${SCAN_FORMS}  leakproof baseline create [paths…] record current findings in ${BASELINE_FILE} and name it in
                                     .leakproof.json: from then on only new secrets count
  leakproof baseline update [paths…] re-record (drops fixed ones, adds new ones)
  leakproof import [FILE…] [--dry-run] carry over .gitleaks.toml, .gitleaksignore, .secrets.baseline
                                     and .secretlintignore into .leakproof.json
  leakproof migrate-hashes [paths…]  rewrite unsalted sha256 hashes of earlier versions (allowlist,
                                     baseline) whose secret the tree still holds; lists the rest
  leakproof detectors [--format text|json] list the detectors
  leakproof install-hook [HOOK…] [--skip HOOK] [--check] [--cwd DIR] [--json]
                                     pre-commit, pre-merge-commit, pre-applypatch, pre-push
  leakproof uninstall-hook [HOOK…] [--cwd DIR] [--json]
  leakproof --version | --help | <command> --help

Exit codes: 0 no findings, 1 findings, 2 error (bad arguments or configuration, an unreadable file
or folder, a file the scan could not judge). Output to a closed pipe (\`| head\`) keeps the exit code.
`;

const SCAN_HELP = `Usage:
${SCAN_FORMS}
Options:
  --format text|json|sarif   output format (default text: findings grouped by file, each with its
                             line of code, secrets redacted)
  --output FILE              write the report to FILE instead of stdout
  --quiet, -q                print nothing when there is nothing to report (a clean --staged scan
                             prints nothing anyway, as git hooks should)
  --config FILE              configuration (default: nearest .leakproof.json)
  --baseline FILE            also ignore findings recorded in this baseline (the one .leakproof.json
                             names with "baseline" always applies)
  --no-gitignore             also scan files that .gitignore excludes
  --show-allowlisted         also report allowlisted findings (they never fail the scan)
  --min-confidence low|medium|high
                             report only findings this sure or surer (default low: all). high = the
                             value proves itself (prefix, checksum); medium = provider context;
                             low = name-based generic guesses
  --filename NAME            name for standard input (with -)
  --no-color                 plain text output (also NO_COLOR=1; FORCE_COLOR=1 colours a non-terminal)
  --show-skipped             list every skipped file with its reason (text output)

A tree scan that takes longer than a second shows a progress bar on standard error, in a terminal.
Generic findings in test files are reported without failing the scan or blocking a hook, unless
.leakproof.json says "hook": {"blockGenericInTests": true}; specific findings always count.
Exit codes: 0 no findings, 1 findings, 2 error.
`;

const BASELINE_HELP = `Usage:
  leakproof baseline create [paths…] [--output FILE] [--config FILE] [--no-gitignore]
  leakproof baseline update [paths…] [--output FILE] [--config FILE] [--no-gitignore]

Records the current findings (fingerprints, paths relative to .leakproof.json, detector ids — no
secrets, no line numbers) in ${BASELINE_FILE}, or the file .leakproof.json names with
"baseline", and names it there when it names none. Every scan, the git hooks and the editor then
accept those findings: only new secrets are reported and blocked. Commit both files.
\`update\` re-records: fixed secrets leave the baseline, new ones join it.
`;

const DETECTORS_HELP = `Usage: leakproof detectors [--format text|json]

Lists every built-in detector: id, kind (specific or generic), confidence and title.
`;

const SCAN_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'no-gitignore': { type: 'boolean', default: false },
  'show-allowlisted': { type: 'boolean', default: false },
  'min-confidence': { type: 'string' },
  filename: { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  'show-skipped': { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  staged: { type: 'boolean', default: false },
  'pre-push': { type: 'boolean', default: false },
  history: { type: 'boolean', default: false },
  all: { type: 'boolean', default: false },
  since: { type: 'string' },
} as const;

type Format = 'text' | 'json' | 'sarif';

function parseFormat(value: string): Format {
  if (value === 'text' || value === 'json' || value === 'sarif') return value;
  throw new UsageError(`unknown --format "${value}" (expected text, json or sarif)`);
}

function parseConfidence(value: string | undefined): Confidence | undefined {
  if (value === undefined) return undefined;
  if ((CONFIDENCE_LEVELS as readonly string[]).includes(value)) return value as Confidence;
  throw new UsageError(`unknown --min-confidence "${value}" (expected ${CONFIDENCE_LEVELS.join(', ')})`);
}

function render(report: Report, format: Format, color: boolean, showSkipped = false, allowHint = true): string {
  if (format === 'json') return formatJson(report, VERSION);
  if (format === 'sarif') return formatSarif(report, VERSION);
  return formatText(report, { color, showSkipped, allowHint });
}

function emit(output: string, file: string | undefined): void {
  if (file) writeFileSync(file, output);
  else process.stdout.write(output);
}

/**
 * A reader that stops early (`leakproof scan | head`) closes the pipe: the rest of the output is
 * dropped quietly and the exit code stays the scan's, never an EPIPE crash.
 */
export function tolerateClosedStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

/** Skip reasons that mean "could not read", not "chose not to scan": they fail the scan (exit 2). */
function unreadable(report: Report): Report['skipped'] {
  return report.skipped.filter((s) => /^unreadable/.test(s.reason));
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new Error(`cannot read standard input: ${(error as Error).message}`, { cause: error });
  }
}

function runScan(argv: string[]): number | Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(SCAN_HELP);
    return 0;
  }
  const format = parseFormat(values.format);
  const color = useColor({ noColorFlag: values['no-color'], toFile: values.output !== undefined }, process.stdout);
  const minConfidence = parseConfidence(values['min-confidence']);
  const git = { staged: values.staged, prePush: values['pre-push'], history: values.history, all: values.all, since: values.since };
  if (isGitScan(git)) {
    const stray = [values.filename !== undefined && '--filename', values['no-gitignore'] && '--no-gitignore'].filter(
      (s): s is string => !!s,
    );
    const common = {
      format,
      output: values.output,
      config: values.config,
      baseline: values.baseline,
      showAllowlisted: values['show-allowlisted'],
      minConfidence,
      color,
      quiet: values.quiet,
    };
    return runGitScan({ ...common, ...git, stray }, positionals, {
      render: (r, f, c, allowHint) => render(r, f, c, values['show-skipped'], allowHint),
      emit,
      filterReport,
    });
  }
  const project = loadProjectConfig(values.config);
  const paths = positionals.length > 0 ? positionals : ['.'];
  let report: Report;
  if (paths.length === 1 && paths[0] === '-') {
    report = scanText(readStdin(), values.filename ?? 'stdin', project);
  } else {
    if (paths.includes('-')) throw new UsageError('"-" (standard input) cannot be mixed with paths');
    const input: ScanInput = { paths, gitignore: !values['no-gitignore'] };
    const progress = progressBar(process.stderr);
    try {
      report = scanFiles(input, project, progress.update);
    } finally {
      progress.done();
    }
  }
  report = filterReport(report, {
    baseline: values.baseline,
    showAllowlisted: values['show-allowlisted'],
    minConfidence,
    policy: hookPolicy(project.config),
  });
  const failed = [...unreadable(report), ...(report.incomplete ?? [])];
  const nothingToSay = failed.length === 0 && report.findings.length === 0;
  if (!(values.quiet && format === 'text' && nothingToSay)) emit(render(report, format, color, values['show-skipped']), values.output);
  if (failed.length > 0) {
    for (const file of failed) process.stderr.write(`leakproof: ${file.path}: ${file.reason}\n`);
    process.stderr.write(`leakproof: ${failed.length} path(s) could not be scanned: the result is incomplete (exit 2)\n`);
    return 2;
  }
  return blockingFindings(report).length > 0 ? 1 : 0;
}

/**
 * Applies `--min-confidence`, the baseline and the hook policy, and hides allowlisted findings
 * unless asked; keeps the stats honest.
 */
export function filterReport(unfiltered: Report, options: ReportFilter): Report {
  const report = withMinConfidence(unfiltered, options.minConfidence);
  const baseline = options.baseline ? readBaseline(options.baseline) : undefined;
  const known = new Set(baseline?.entries.map(baselineKey));
  // Unsalted fingerprints of version 1 keep matching for the transition, with one line saying how to end it.
  const legacy = baseline ? legacyBaselineEntries(baseline).length : 0;
  if (legacy > 0)
    process.stderr.write(
      `leakproof: ${options.baseline} holds ${legacy} unsalted fingerprint(s) of an earlier version (still honoured): run \`leakproof migrate-hashes\`\n`,
    );
  // A finding matches in each kind the file holds: earlier versions wrote slow `scrypt:` fingerprints
  // for every value (random tokens now show `hmac:`), and version 1 unsalted ones.
  const holdsSlow = baseline?.entries.some((e) => saltedKindOf(e.fingerprint) === 'scrypt') ?? false;
  const isBaselined = (finding: Report['findings'][number]): boolean =>
    [finding.fingerprint, holdsSlow ? finding.slowFingerprint : undefined, legacy > 0 ? finding.legacyFingerprint : undefined].some(
      (fingerprint) => fingerprint !== undefined && known.has(baselineKey({ fingerprint, path: finding.path })),
    );
  let allowlisted = 0;
  let baselined = 0;
  const findings = report.findings.filter((finding) => {
    // Explicit --baseline, or the baseline .leakproof.json names (matched by the scanner: project/baseline.ts).
    if (isBaselined(finding) || inConfiguredBaseline(finding)) {
      baselined++;
      return false;
    }
    if (finding.insights.some((i) => i.kind === 'allowlisted')) {
      allowlisted++;
      return options.showAllowlisted;
    }
    return true;
  });
  const filtered = {
    ...report,
    findings,
    stats: {
      ...report.stats,
      findings: findings.filter((f) => !f.insights.some((i) => i.kind === 'allowlisted')).length,
      allowlisted,
      baselined,
    },
  };
  return options.policy ? applyHookPolicy(filtered, options.policy) : filtered;
}

function runBaseline(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      output: { type: 'string' },
      'no-gitignore': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(BASELINE_HELP);
    return 0;
  }
  const [action, ...paths] = positionals;
  if (action !== 'create' && action !== 'update') throw new UsageError('usage: leakproof baseline create|update [paths…]');
  let project: ProjectConfig = loadProjectConfig(values.config);
  // The baseline the configuration names is the one to write (its paths are relative to the configuration's folder).
  const file = values.output ?? project.baselineFile ?? BASELINE_FILE;
  // Fingerprints are derived with the repository's salt: it exists before the first one is written.
  const salt = ensureRepositorySalt(project);
  if (salt.created) {
    process.stderr.write(`leakproof: created a salt for this repository in ${salt.file} (commit it with the baseline)\n`);
    project = loadProjectConfig(values.config);
  }
  if (action === 'update' && !existsSync(file)) throw new Error(`${file} does not exist yet: run \`leakproof baseline create\``);
  const report = scanFiles(
    { paths: paths.length > 0 ? paths : ['.'], gitignore: !values['no-gitignore'], exclude: [displayPath(resolve(file))] },
    project,
  );
  // Findings already in the configured baseline are recorded again; other allowlisted ones are not.
  const current = report.findings.filter((f) => inConfiguredBaseline(f) || !f.insights.some((i) => i.kind === 'allowlisted'));
  // `update` re-records: fixed secrets leave the baseline, new ones join it.
  const rootRelative = (f: { path: string }) => relative(project.root, resolve(f.path)).split(sep).join('/');
  const baseline = baselineFrom(current, [], rootRelative);
  writeBaseline(file, baseline);
  process.stderr.write(
    `${action === 'create' ? 'created' : 'updated'} ${file} with ${baseline.entries.length} finding(s) (fingerprints and paths only, no secrets)\n`,
  );
  const named = withBaselineSetting(project, file);
  if (named)
    process.stderr.write(
      `leakproof: ${displayPath(named.file)} now names it ("baseline": "${named.baseline}"): \`leakproof scan\`, the git hooks and the editor accept its findings — commit both files\n`,
    );
  return 0;
}

function runDetectors(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(DETECTORS_HELP);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`unknown --format "${values.format}" for detectors (expected text or json)`);
  if (values.format === 'json') {
    const list = ALL_DETECTORS.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      confidence: d.confidence,
      keywords: d.keywords,
      revoke: d.guide.revoke,
      url: d.guide.url,
    }));
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  } else {
    const width = Math.max(...ALL_DETECTORS.map((d) => d.id.length));
    for (const d of ALL_DETECTORS)
      process.stdout.write(`${d.id.padEnd(width)}  ${d.kind.padEnd(8)}  ${d.confidence.padEnd(6)}  ${d.title}\n`);
    const specific = ALL_DETECTORS.filter((d) => d.kind === 'specific').length;
    const byConfidence = CONFIDENCE_LEVELS.map(
      (level) => `${ALL_DETECTORS.filter((d) => d.confidence === level).length} ${level}`,
    ).reverse();
    process.stdout.write(
      `${ALL_DETECTORS.length} detectors (${specific} specific, ${ALL_DETECTORS.length - specific} generic; confidence: ${byConfidence.join(', ')})\n`,
    );
  }
  return 0;
}

export function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan': {
        const code = runScan(rest);
        return typeof code === 'number' ? code : code.catch(reportError);
      }
      case 'install-hook':
      case 'uninstall-hook':
        return runHookCommand(command, rest);
      case 'baseline':
        return runBaseline(rest);
      case 'detectors':
        return runDetectors(rest);
      case 'import':
        return runImport(rest);
      case 'migrate-hashes':
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(`Usage: ${MIGRATE_USAGE}\n`);
          return 0;
        }
        return runMigrateHashes(rest);
      case '--version':
      case '-v':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case 'help':
        // `leakproof help scan` = `leakproof scan --help`.
        if (rest[0] && rest[0] !== 'help') return main([rest[0], '--help']);
        process.stdout.write(HELP);
        return 0;
      case undefined:
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return reportError(error);
  }
}

/** Every option name the commands take, for "did you mean" on a typo. */
const KNOWN_OPTIONS = [...Object.keys(SCAN_OPTIONS), 'output', 'config', 'no-gitignore', 'format', 'help', 'dry-run'];

/** The command being run, for "Run `leakproof scan --help`" (the help that answers the mistake). */
function helpTopic(): string {
  const command = process.argv[2];
  return command && COMMANDS.includes(command) ? `${command} ` : '';
}

const COMMANDS = ['scan', 'baseline', 'import', 'migrate-hashes', 'detectors', 'install-hook', 'uninstall-hook'];

function reportError(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`leakproof: invalid configuration ${error.message}\n`);
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    const message = explainUnknownOption((error as Error).message, KNOWN_OPTIONS);
    process.stderr.write(`leakproof: ${message}\nRun \`leakproof ${helpTopic()}--help\` for usage.\n`);
  } else {
    process.stderr.write(`leakproof: ${(error as Error).message}\n`);
  }
  return 2;
}

/**
 * The hooks' handshake: a hook passes LEAKPROOF_HOOK_RESULT (a file it created) and trusts the exit
 * code only if this process wrote it there on the way out. An empty or truncated bundle (an
 * interrupted install) exits 0 without writing it, and the hook blocks.
 */
function confirmExitCode(file: string): void {
  process.on('exit', (code) => {
    try {
      writeFileSync(file, `${HOOK_RESULT_MARKER} ${code}\n`);
    } catch {
      // The hook then sees no answer and blocks: failing closed needs nothing more here.
    }
  });
}

if (require.main === module) {
  tolerateClosedStdout();
  useUserCacheForAutomata();
  const resultFile = process.env.LEAKPROOF_HOOK_RESULT;
  if (resultFile) confirmExitCode(resultFile);
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((value) => (process.exitCode = value));
}
