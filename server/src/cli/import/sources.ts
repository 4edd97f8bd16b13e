/**
 * What other scanners' allow files say, read into one neutral shape (`Intents`) that
 * `leakproof import` turns into `.leakproof.json` entries. Format facts come from the tools'
 * public documentation: gitleaks' `[allowlist]` / `[[allowlists]]` (paths and regexes are Go
 * regular expressions, stopwords are substrings of the secret, commits are SHAs), `.gitleaksignore`
 * (one finding fingerprint a line: `commit:file:rule:line`, or `file:rule:line` for a scan without
 * git), detect-secrets' `.secrets.baseline` (JSON; `results` maps a file to entries with
 * `hashed_secret` — the SHA-1 of the value — and `line_number`; `is_secret: true` marks an entry a
 * human audited as a real secret) and `.secretlintignore` (gitignore syntax).
 */
import { parseToml, TomlError, type TomlTable, type TomlValue } from './toml.js';

/** One thing another tool allows that leakproof cannot say the same way. */
export interface NotCarried {
  readonly source: string;
  readonly what: string;
  readonly why: string;
}

export interface PathRegex {
  readonly source: string;
  readonly regex: string;
}
/** Value patterns may hold pieces of real secrets (teams paste them there): named by position, shown redacted. */
export interface ValueRegex {
  readonly source: string;
  /** Where it is, e.g. `[allowlist] regexes[2]`. */
  readonly where: string;
  readonly regex: string;
  /** gitleaks' regexTarget: the secret (default), the whole match, or the line. */
  readonly target: 'secret' | 'match' | 'line';
}
export interface Stopword {
  readonly source: string;
  readonly where: string;
  readonly word: string;
}
/** A finding allowed by position: file (relative to the project root) and 1-based line. */
export interface LineAllow {
  readonly source: string;
  readonly file: string;
  readonly line: number;
  /** detect-secrets: SHA-1 hex of the value, used to confirm it is the same secret. */
  readonly sha1?: string;
}

export interface Intents {
  readonly pathRegexes: PathRegex[];
  readonly valueRegexes: ValueRegex[];
  readonly stopwords: Stopword[];
  readonly lines: LineAllow[];
  /** gitignore patterns to exclude from scanning. */
  readonly ignorePatterns: { source: string; pattern: string }[];
  readonly notCarried: NotCarried[];
}

export function emptyIntents(): Intents {
  return { pathRegexes: [], valueRegexes: [], stopwords: [], lines: [], ignorePatterns: [], notCarried: [] };
}

const strings = (value: TomlValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function readAllowlist(table: TomlTable, source: string, where: string, into: Intents): void {
  const paths = strings(table.paths);
  const regexes = strings(table.regexes);
  const stopwords = strings(table.stopwords);
  const commits = strings(table.commits);
  const rawCondition = table.condition ?? table.matchCondition;
  const condition = typeof rawCondition === 'string' ? rawCondition.toUpperCase() : 'OR';
  const kinds = [paths, regexes, stopwords, commits].filter((list) => list.length > 0).length;
  const targetRules = strings(table.targetRules);
  if (targetRules.length > 0) {
    into.notCarried.push({
      source,
      what: `${where} (targetRules ${targetRules.join(', ')})`,
      why: 'it applies to gitleaks rules by id; leakproof detectors have other ids, and applying it to all of them would allow more than it did',
    });
    return;
  }
  if (condition === 'AND' && kinds > 1) {
    into.notCarried.push({
      source,
      what: `${where} (condition = "AND")`,
      why: 'leakproof cannot combine a path regex with a value pattern; allow the findings by hash (`leakproof scan` shows them)',
    });
    return;
  }
  const target = table.regexTarget === 'line' || table.regexTarget === 'match' ? table.regexTarget : 'secret';
  for (const regex of paths) into.pathRegexes.push({ source, regex });
  regexes.forEach((regex, i) => into.valueRegexes.push({ source, where: `${where} regexes[${i + 1}]`, regex, target }));
  stopwords.forEach((word, i) => into.stopwords.push({ source, where: `${where} stopwords[${i + 1}]`, word }));
  for (const commit of commits)
    into.notCarried.push({
      source,
      what: `${where} commit ${commit.slice(0, 12)}`,
      why: 'leakproof allows secrets by hash, path or detector, not by commit; if that commit still matters, scan it (`leakproof scan --history`) and allow what it reports by hash',
    });
}

/** `.gitleaks.toml`: the global allowlists (`[allowlist]`, `[[allowlists]]`); rule-level ones are reported. */
export function readGitleaksToml(text: string, source: string, into: Intents): void {
  let config: TomlTable;
  try {
    config = parseToml(text);
  } catch (error) {
    if (error instanceof TomlError) throw new Error(`${source} is not TOML leakproof can read: ${error.message}`, { cause: error });
    throw error;
  }
  const single = config.allowlist;
  if (single && typeof single === 'object' && !Array.isArray(single)) readAllowlist(single, source, '[allowlist]', into);
  const many = config.allowlists;
  if (Array.isArray(many))
    many.forEach((table, index) => {
      if (table && typeof table === 'object' && !Array.isArray(table)) readAllowlist(table, source, `[[allowlists]] #${index + 1}`, into);
    });
  const rules = Array.isArray(config.rules) ? config.rules : [];
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object' || Array.isArray(rule)) continue;
    const id = typeof rule.id === 'string' ? rule.id : '(no id)';
    if (rule.allowlist !== undefined || rule.allowlists !== undefined)
      into.notCarried.push({
        source,
        what: `the allowlist of rule "${id}"`,
        why: 'it belongs to a gitleaks rule; leakproof detectors are not the same rules',
      });
    if (typeof rule.regex === 'string')
      into.notCarried.push({
        source,
        what: `custom rule "${id}"`,
        why: 'rules are not converted: add it as a "customDetectors" entry (with a (?<secret>…) group) if the built-in detectors miss it',
      });
  }
}

/** `.gitleaksignore`: `commit:file:rule:line` or `file:rule:line`, `#` comments. */
export function readGitleaksIgnore(text: string, source: string, into: Intents): void {
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split(':');
    const lineNumber = Number(parts[parts.length - 1]);
    // The file may itself hold ":"; the rule id never does, the commit is hex.
    const withCommit = parts.length >= 4 && /^[0-9a-f]{7,40}$/i.test(parts[0]!);
    const file = parts.slice(withCommit ? 1 : 0, -2).join(':');
    if (!Number.isInteger(lineNumber) || lineNumber < 1 || file === '') {
      into.notCarried.push({ source, what: `line ${index + 1}`, why: 'not a fingerprint of the form commit:file:rule:line' });
      return;
    }
    if (withCommit)
      into.notCarried.push({
        source,
        what: `line ${index + 1}: the commit ${parts[0]!.slice(0, 12)}`,
        why: 'carried over for the file and line as they are now (leakproof allows by hash, not by commit); a history-only finding there stays reported',
      });
    into.lines.push({ source, file, line: lineNumber });
  });
}

/** detect-secrets `.secrets.baseline`: every result is a file + line + SHA-1 of the value. */
export function readSecretsBaseline(text: string, source: string, into: Intents): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not valid JSON`);
  }
  const results = (parsed as { results?: unknown } | null)?.results;
  if (!results || typeof results !== 'object') throw new Error(`${source} has no "results" object: is it a detect-secrets baseline?`);
  for (const [file, entries] of Object.entries(results as Record<string, unknown>)) {
    for (const entry of Array.isArray(entries) ? entries : []) {
      const { hashed_secret: sha1, line_number: line, is_secret: isSecret, type } = entry as Record<string, unknown>;
      if (isSecret === true) {
        into.notCarried.push({
          source,
          what: `${file}:${String(line)} (${String(type)})`,
          why: 'audited as a real secret ("is_secret": true): it is not allowed here — remove and rotate it',
        });
        continue;
      }
      if (typeof line !== 'number' || typeof sha1 !== 'string') {
        into.notCarried.push({ source, what: `an entry of ${file}`, why: 'no line_number or hashed_secret' });
        continue;
      }
      into.lines.push({ source, file, line, sha1: sha1.toLowerCase() });
    }
  }
}

/** `.secretlintignore`: gitignore syntax, one pattern a line. */
export function readSecretlintIgnore(text: string, source: string, into: Intents): void {
  text.split(/\r?\n/).forEach((raw, index) => {
    const pattern = raw.replace(/(?<!\\)\s+$/, '');
    if (pattern === '' || pattern.startsWith('#')) return;
    if (pattern.startsWith('!')) {
      into.notCarried.push({
        source,
        what: `line ${index + 1} (${pattern})`,
        why: 'a negation re-includes files; scan.exclude has none, and nothing is excluded in its place (the files stay scanned)',
      });
      return;
    }
    into.ignorePatterns.push({ source, pattern: pattern.replace(/^\\([#!])/, '$1') });
  });
}
