/**
 * `leakproof import`: carries other scanners' allow files over into `.leakproof.json` and says,
 * item by item, what could not be carried over and why.
 *
 * Leakproof allows by salted hash, path glob or detector — never by a pattern over secret values
 * (a pattern that allows future secrets is how leaks get through) nor by commit. So value patterns
 * (gitleaks regexes, stopwords) and positions (.gitleaksignore, .secrets.baseline) are applied to
 * the findings of a scan of the tree as it is now: each finding they cover is allowed by its hash
 * at its path. detect-secrets stores an unsalted SHA-1 of each value, which cannot become a salted
 * hash without the value: the file is re-scanned, the value at that line is hashed with SHA-1 to
 * confirm it is the same one, and the finding there is allowed by its own salted hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { applyEdits, modify } from 'jsonc-parser';
import { parseConfig } from '../../engine/config.js';
import { redact } from '../../engine/redact.js';
import { CONFIG_FILE, findRepositoryRoot, readConfigText } from '../../project/configFile.js';
import { loadProjectConfig, type ProjectConfig } from '../projectConfig.js';
import { ensureRepositorySalt } from '../salt.js';
import { scanFiles } from '../scanFiles.js';
import { isAllowlisted, type ReportedFinding } from '../report.js';
import { isBaselined } from '../../project/baseline.js';
import { gitignoreToGlobs, regexToGlobs } from './globs.js';
import {
  emptyIntents,
  readGitleaksIgnore,
  readGitleaksToml,
  readSecretlintIgnore,
  readSecretsBaseline,
  type Intents,
  type NotCarried,
} from './sources.js';

export const IMPORT_USAGE = `leakproof import [FILE…] [--dry-run] [--config FILE]

Reads the allow files of other scanners and writes the equivalent entries into .leakproof.json:
  .gitleaks.toml      [allowlist] / [[allowlists]]: paths → "allowlist" path globs; regexes and
                      stopwords → the current findings they cover, allowed by hash
  .gitleaksignore     commit:file:rule:line → the finding at that file and line, by hash
  .secrets.baseline   detect-secrets results → the finding at that file and line, by hash, once the
                      value there has the SHA-1 the baseline recorded
  .secretlintignore   gitignore patterns → "scan.exclude" globs
Without FILE, the ones present in the repository root are read. Everything that cannot be carried
over is listed with the reason. --dry-run prints the entries instead of writing them.`;

const READERS: Record<string, (text: string, source: string, into: Intents) => void> = {
  '.gitleaks.toml': readGitleaksToml,
  'gitleaks.toml': readGitleaksToml,
  '.gitleaksignore': readGitleaksIgnore,
  '.secrets.baseline': readSecretsBaseline,
  '.secretlintignore': readSecretlintIgnore,
};

interface AllowEntry {
  hash?: string;
  path?: string;
  reason: string;
}

interface Plan {
  readonly allowlist: AllowEntry[];
  readonly exclude: string[];
  readonly notCarried: NotCarried[];
  /** Per source: how many entries came from it. */
  readonly carried: Map<string, number>;
}

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');

/** Offsets of each line start, to cut a finding's text out of its file. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

class FileTexts {
  private readonly cache = new Map<string, { text: string; starts: number[] } | undefined>();
  constructor(private readonly root: string) {}
  get(rootRelative: string): { text: string; starts: number[] } | undefined {
    if (!this.cache.has(rootRelative)) {
      let entry: { text: string; starts: number[] } | undefined;
      try {
        const text = readFileSync(join(this.root, rootRelative), 'utf8');
        entry = { text, starts: lineStarts(text) };
      } catch {
        entry = undefined;
      }
      this.cache.set(rootRelative, entry);
    }
    return this.cache.get(rootRelative);
  }
  line(rootRelative: string, line: number): string {
    const file = this.get(rootRelative);
    if (!file) return '';
    const start = file.starts[line - 1] ?? file.text.length;
    const end = file.starts[line] ?? file.text.length;
    return file.text.slice(start, end).replace(/\r?\n$/, '');
  }
  span(rootRelative: string, finding: ReportedFinding): string {
    const file = this.get(rootRelative);
    if (!file) return '';
    const from = (file.starts[finding.line - 1] ?? 0) + finding.column - 1;
    const to = (file.starts[finding.endLine - 1] ?? 0) + finding.endColumn - 1;
    return file.text.slice(from, to);
  }
}

/** Candidate values on a line, as detect-secrets would have cut them: quoted strings and bare tokens. */
function candidateValues(line: string, span: string): string[] {
  const quoted = [...line.matchAll(/(["'`])((?:(?!\1).)+)\1/g)].map((m) => m[2]!);
  const tokens = line.split(/[\s"'`=:,;()[\]{}<>]+/).filter(Boolean);
  return [span, span.replace(/^["'`]|["'`]$/g, ''), ...quoted, ...tokens];
}

function compileRegex(source: string): RegExp | undefined {
  // Go RE2 inline flags at the start ((?i)) are the common difference with JavaScript.
  const flags = /^\(\?([imsU]+)\)/.exec(source);
  try {
    return new RegExp(flags ? source.slice(flags[0].length) : source, flags?.[1]?.includes('i') ? 'i' : '');
  } catch {
    return undefined;
  }
}

export function planImport(intents: Intents, findings: readonly ReportedFinding[], root: string, cwd: string): Plan {
  const plan: Plan = { allowlist: [], exclude: [], notCarried: [...intents.notCarried], carried: new Map() };
  const count = (source: string) => plan.carried.set(source, (plan.carried.get(source) ?? 0) + 1);
  const files = new FileTexts(root);
  const rootPath = (f: ReportedFinding) => relative(root, resolve(cwd, f.path)).split(sep).join('/');
  // A baselined finding is accepted debt, not an allow: an explicit allow elsewhere is carried over.
  const open = findings.filter((f) => !isAllowlisted(f) || isBaselined(f));
  const seen = new Set<string>();
  const allow = (entry: AllowEntry, source: string) => {
    const key = `${entry.hash ?? ''}\u0000${entry.path ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    plan.allowlist.push(entry);
    count(source);
  };

  for (const { source, regex } of intents.pathRegexes) {
    const globs = regexToGlobs(regex);
    if (!globs) {
      plan.notCarried.push({
        source,
        what: `path regex ${regex}`,
        why: 'not a plain path leakproof can write as a glob without allowing more; add an "allowlist" {"path": "<glob>"} by hand',
      });
      continue;
    }
    for (const path of globs) allow({ path, reason: `imported from ${source} (path ${regex})` }, source);
  }

  for (const { source, where, regex, target } of intents.valueRegexes) {
    const compiled = compileRegex(regex);
    const what = `${where} (${redact(regex)})`;
    if (!compiled) {
      plan.notCarried.push({ source, what, why: 'not a regular expression JavaScript can run' });
      continue;
    }
    const covered = open.filter((f) => {
      const path = rootPath(f);
      return compiled.test(target === 'line' ? files.line(path, f.line) : files.span(path, f));
    });
    for (const f of covered) allow({ hash: f.secretHash, path: rootPath(f), reason: `imported from ${source} ${where}` }, source);
    if (covered.length === 0)
      plan.notCarried.push({
        source,
        what,
        why: 'it covers no current finding; leakproof does not allow future secrets by pattern',
      });
  }

  for (const { source, where, word } of intents.stopwords) {
    const lower = word.toLowerCase();
    const covered = open.filter((f) => files.span(rootPath(f), f).toLowerCase().includes(lower));
    for (const f of covered) allow({ hash: f.secretHash, path: rootPath(f), reason: `imported from ${source} ${where}` }, source);
    if (covered.length === 0)
      plan.notCarried.push({
        source,
        what: `${where} (${redact(word)})`,
        why: 'it covers no current finding; leakproof does not allow future secrets by word',
      });
  }

  for (const entry of intents.lines) {
    const file = entry.file.replace(/\\/g, '/').replace(/^\.\//, '');
    const at = open.filter((f) => rootPath(f) === file && f.line <= entry.line && entry.line <= f.endLine);
    const where = `${file}:${entry.line}`;
    if (!files.get(file)) {
      plan.notCarried.push({ source: entry.source, what: where, why: 'the file is not there any more (nothing to allow)' });
      continue;
    }
    if (at.length === 0) {
      plan.notCarried.push({ source: entry.source, what: where, why: 'leakproof finds no secret on that line now (nothing to allow)' });
      continue;
    }
    const confirmed = entry.sha1
      ? at.filter((f) => candidateValues(files.line(file, entry.line), files.span(file, f)).some((v) => sha1(v) === entry.sha1))
      : at;
    if (confirmed.length === 0) {
      plan.notCarried.push({
        source: entry.source,
        what: where,
        why: 'the value on that line is not the one the baseline recorded (its SHA-1 differs): review it with `leakproof scan`',
      });
      continue;
    }
    for (const f of confirmed)
      allow({ hash: f.secretHash, path: file, reason: `imported from ${entry.source} (${file} line ${entry.line})` }, entry.source);
  }

  for (const { source, pattern } of intents.ignorePatterns) {
    for (const glob of gitignoreToGlobs(pattern)) {
      if (plan.exclude.includes(glob)) continue;
      plan.exclude.push(glob);
      count(source);
    }
  }
  return plan;
}

/** Appends the plan to the configuration text, keeping its comments and skipping entries it already has. */
export function applyPlan(text: string, plan: Plan, file: string): string {
  const existing = parseConfig(text, file);
  const have = new Set(existing.allowlist.map((e) => `${e.hash ?? ''}\u0000${e.path ?? ''}`));
  const format = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
  let out = text;
  for (const entry of plan.allowlist) {
    if (have.has(`${entry.hash ?? ''}\u0000${entry.path ?? ''}`)) continue;
    out = applyEdits(out, modify(out, ['allowlist', -1], entry, { ...format, isArrayInsertion: true }));
  }
  for (const glob of plan.exclude) {
    if (existing.scan.exclude.includes(glob)) continue;
    out = applyEdits(out, modify(out, ['scan', 'exclude', -1], glob, { ...format, isArrayInsertion: true }));
  }
  parseConfig(out, file); // what is written must load
  return out;
}

function describe(plan: Plan, sources: readonly string[]): string {
  const lines = [`leakproof import: read ${sources.join(', ')}`];
  for (const source of sources)
    lines.push(`  ${source}: ${plan.carried.get(source) ?? 0} entr${plan.carried.get(source) === 1 ? 'y' : 'ies'} carried over`);
  if (plan.notCarried.length > 0) {
    lines.push('', `Not carried over (${plan.notCarried.length}):`);
    for (const item of plan.notCarried) lines.push(`  ${item.source}: ${item.what} — ${item.why}`);
  }
  return `${lines.join('\n')}\n`;
}

export function runImport(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`Usage: ${IMPORT_USAGE}\n`);
    return 0;
  }
  const cwd = process.cwd();
  let project: ProjectConfig = loadProjectConfig(values.config);
  const root = project.file ? project.root : (findRepositoryRoot(cwd) ?? cwd);
  const files = positionals.length > 0 ? positionals.map((p) => resolve(p)) : Object.keys(READERS).map((name) => join(root, name));
  const present = files.filter((file) => existsSync(file));
  for (const file of positionals.map((p) => resolve(p))) if (!existsSync(file)) throw new Error(`${file}: no such file`);
  for (const file of present)
    if (!READERS[basename(file)])
      throw new Error(`${basename(file)}: not a file leakproof can import (expected ${Object.keys(READERS).join(', ')})`);
  if (present.length === 0) {
    process.stderr.write(`leakproof import: none of ${Object.keys(READERS).join(', ')} in ${root}: nothing to import\n`);
    return 0;
  }
  // Every file is read (and may fail) before anything is written.
  const intents = emptyIntents();
  const sources = present.map((file) => relative(root, file).split(sep).join('/'));
  present.forEach((file, index) => READERS[basename(file)]!(readFileSync(file, 'utf8'), sources[index]!, intents));
  if (!values['dry-run']) {
    // Hashes are written salted with the repository's salt: it exists before the first one.
    const salt = ensureRepositorySalt(project, root);
    if (salt.created) project = loadProjectConfig(values.config);
  }
  const needsScan = intents.valueRegexes.length + intents.stopwords.length + intents.lines.length > 0;
  const findings = needsScan ? scanFiles({ paths: [root], gitignore: true }, project).findings : [];
  const plan = planImport(intents, findings, root, cwd);
  const configFile = project.file ?? join(root, CONFIG_FILE);
  if (values['dry-run']) {
    process.stdout.write(`${JSON.stringify({ allowlist: plan.allowlist, scan: { exclude: plan.exclude } }, null, 2)}\n`);
  } else {
    const text = readConfigText(configFile)?.text ?? '{}\n';
    writeFileSync(configFile, applyPlan(text, plan, configFile));
  }
  process.stderr.write(describe(plan, sources));
  if (!values['dry-run'])
    process.stderr.write(`leakproof import: wrote ${relative(cwd, configFile) || CONFIG_FILE} — review and commit it\n`);
  return 0;
}
