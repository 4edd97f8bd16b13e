/**
 * `.leakproof.json` (JSON with comments): parsed from text, validated with positions, resolved into
 * detectors and scan options. A project config always *extends* the built-in defaults — it can
 * disable detectors and add allowlists and custom patterns, but never silently replaces the rule
 * set (gitleaks' `[extend]` trap). Unknown detector ids are errors, never ignored.
 */
import {
  parseTree,
  findNodeAtLocation,
  getNodeValue,
  printParseErrorCode,
  type Node,
  type ParseError,
  type ParseErrorCode,
} from 'jsonc-parser';
import picomatch from 'picomatch';
import { DETECTORS_BY_ID, ALL_DETECTORS } from './detectors/index.js';
import { derivedConfidence } from './detectors/kit/confidence.js';
import { isLegacyHash } from './fingerprint.js';
import { hasEntropyBelow } from './post-validators/values.js';
import { unsafeRegexReason } from './regex-safety.js';
import type { AllowlistRule, ScanOptions } from './scanner.js';
import type { Detector } from './types.js';

export interface AllowlistEntry {
  readonly hash?: string;
  readonly path?: string;
  readonly detector?: string;
  readonly reason?: string;
}

export interface CustomDetectorConfig {
  readonly id: string;
  readonly title?: string;
  readonly regex: string;
  readonly keywords?: readonly string[];
  readonly minEntropy?: number;
  readonly severity?: 'error' | 'warning';
}

export interface LeakproofConfig {
  /** The repository's salt for every hash written or shown (created by the first command that writes one). */
  readonly salt?: string;
  /** A baseline file (relative to the config's folder): its findings are accepted, only new ones count. */
  readonly baseline?: string;
  readonly allowlist: readonly AllowlistEntry[];
  readonly detectors: { readonly disable: readonly string[]; readonly enable: readonly string[] };
  readonly customDetectors: readonly CustomDetectorConfig[];
  readonly scan: {
    readonly maxFileSize?: number;
    readonly includeExtensions: readonly string[];
    readonly exclude: readonly string[];
  };
  /** What blocks a commit or push (and fails `leakproof scan`); absent = the defaults of hookPolicy(). */
  readonly hook?: HookPolicy;
}

/**
 * Specific (provider-format) findings block everywhere. Generic findings in test files are seeded
 * accounts and fixtures far more often than leaks: by default they are reported without blocking.
 */
export interface HookPolicy {
  readonly blockGenericInTests: boolean;
}

export function hookPolicy(config: LeakproofConfig): HookPolicy {
  return { blockGenericInTests: config.hook?.blockGenericInTests ?? false };
}

export const EMPTY_CONFIG: LeakproofConfig = {
  allowlist: [],
  detectors: { disable: [], enable: [] },
  customDetectors: [],
  scan: { includeExtensions: [], exclude: [] },
};

/** A configuration problem with its position (1-based line and column) for the message. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

// The shape of the file, shared with the JSON Schema generator (project/configSchema.ts): one
// source of truth for the keys, the id grammar and the value rules.

/** Detector ids, built-in and custom, in the config, the settings and the schema. */
export const DETECTOR_ID_GRAMMAR = '^[a-z0-9][a-z0-9.-]*$';
const DETECTOR_ID = new RegExp(DETECTOR_ID_GRAMMAR);
export const isDetectorId = (id: string): boolean => DETECTOR_ID.test(id);
/**
 * An allowlist hash: the salted hash or fingerprint the tool shows (`scrypt:` or `hmac:` + 64 hex), or an
 * unsalted sha256 of earlier versions (64 hex, optionally `sha256:`), matched until migrated.
 */
export const ALLOWLIST_HASH_GRAMMAR = '^(?:(?:scrypt|hmac):[0-9a-f]{64}|(?:sha256:)?[0-9a-f]{64})$';
/** The repository salt: hex, 16 to 64 bytes (the tools write 16 random bytes). */
export const SALT_GRAMMAR = '^[0-9a-f]{32,128}$';
const SALT = new RegExp(SALT_GRAMMAR);
const ALLOWLIST_HASH = new RegExp(ALLOWLIST_HASH_GRAMMAR);
export const MIN_ENTROPY_RANGE = { minimum: 0, maximum: 8 } as const;
export const CUSTOM_SEVERITIES = ['error', 'warning'] as const;

export const CONFIG_KEYS = {
  topLevel: ['$schema', 'salt', 'baseline', 'allowlist', 'detectors', 'customDetectors', 'scan', 'hook'],
  allowlist: ['hash', 'path', 'detector', 'reason'],
  customDetector: ['id', 'title', 'regex', 'keywords', 'minEntropy', 'severity'],
  scan: ['maxFileSize', 'includeExtensions', 'exclude'],
  detectors: ['disable', 'enable'],
  hook: ['blockGenericInTests'],
} as const;

const TOP_LEVEL_KEYS = new Set<string>(CONFIG_KEYS.topLevel);
const ALLOWLIST_KEYS = new Set<string>(CONFIG_KEYS.allowlist);
const CUSTOM_KEYS = new Set<string>(CONFIG_KEYS.customDetector);
const SCAN_KEYS = new Set<string>(CONFIG_KEYS.scan);
const DETECTOR_KEYS = new Set<string>(CONFIG_KEYS.detectors);
const HOOK_KEYS = new Set<string>(CONFIG_KEYS.hook);

/**
 * A JSON syntax error in words: what was expected where the parser stopped, never the parser's
 * code name ("CommaExpected" means nothing to someone who just wants their hook to work).
 */
export function describeJsonError(code: ParseErrorCode): string {
  switch (printParseErrorCode(code)) {
    case 'CommaExpected':
      return 'expected a comma "," between two entries (or a missing closing bracket before this point)';
    case 'ColonExpected':
      return 'expected a colon ":" after the property name';
    case 'PropertyNameExpected':
      return 'expected a property name in double quotes, e.g. "allowlist"';
    case 'ValueExpected':
      return 'expected a value (a string in double quotes, a number, true, false, null, an object or an array)';
    case 'CloseBraceExpected':
      return 'expected a closing brace "}" to end the object';
    case 'CloseBracketExpected':
      return 'expected a closing bracket "]" to end the array';
    case 'EndOfFileExpected':
      return 'expected the end of the file after the closing brace (one top-level object only)';
    case 'InvalidSymbol':
    case 'InvalidCharacter':
      return 'unexpected character here (strings need double quotes; single quotes are not JSON)';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return 'this number is not written the JSON way (digits, an optional "." and exponent)';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'a comment that is not closed (a "/*" needs its "*/")';
    case 'UnexpectedEndOfString':
      return 'a string that is not closed (a missing double quote before the end of the line)';
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter':
      return 'an invalid escape in a string (a backslash must be followed by ", \\, /, b, f, n, r, t or uXXXX)';
    default:
      return 'the text is not valid JSON here';
  }
}

/** Parses and validates a config text. Throws ConfigError naming file, position and problem. */
export function parseConfig(text: string, file: string): LeakproofConfig {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const fail = (node: Node | number | undefined, problem: string): never => {
    const offset = typeof node === 'number' ? node : (node?.offset ?? 0);
    const { line, column } = positionOf(text, offset);
    throw new ConfigError(file, line, column, problem);
  };
  if (errors.length > 0) fail(errors[0]!.offset, `invalid JSON: ${describeJsonError(errors[0]!.error)}`);
  if (!root || root.type !== 'object') return fail(root, 'the configuration must be a JSON object');

  const properties = (node: Node, allowed: Set<string>, where: string): Map<string, Node> => {
    if (node.type !== 'object') fail(node, `${where} must be an object`);
    const map = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      const name = key?.value as string;
      if (!allowed.has(name)) fail(key, `unknown property "${name}" in ${where} (expected one of: ${[...allowed].join(', ')})`);
      if (value) map.set(name, value);
    }
    return map;
  };
  const stringArray = (node: Node | undefined, where: string): string[] => {
    if (!node) return [];
    if (node.type !== 'array' || (node.children ?? []).some((c) => c.type !== 'string')) fail(node, `${where} must be an array of strings`);
    return (node.children ?? []).map((c) => c.value as string);
  };
  const optionalString = (node: Node | undefined, where: string): string | undefined => {
    if (!node) return undefined;
    if (node.type !== 'string' || (node.value as string).length === 0) fail(node, `${where} must be a non-empty string`);
    return node.value as string;
  };

  const top = properties(root, TOP_LEVEL_KEYS, 'the configuration');
  const customIds = new Set<string>();
  const customDetectors: CustomDetectorConfig[] = [];
  const customNode = top.get('customDetectors');
  if (customNode) {
    if (customNode.type !== 'array') fail(customNode, '"customDetectors" must be an array');
    for (const entry of customNode.children ?? []) {
      const props = properties(entry, CUSTOM_KEYS, 'a custom detector');
      const id = optionalString(props.get('id'), '"id"') ?? fail(entry, 'a custom detector needs an "id"');
      if (!isDetectorId(id)) fail(props.get('id'), `custom detector id "${id}" must be lower-case letters, digits, dots and dashes`);
      if (DETECTORS_BY_ID.has(id) || customIds.has(id)) fail(props.get('id'), `detector id "${id}" is already taken`);
      const regex = optionalString(props.get('regex'), '"regex"') ?? fail(entry, `custom detector "${id}" needs a "regex"`);
      try {
        new RegExp(regex);
      } catch (error) {
        fail(props.get('regex'), `invalid regex for "${id}": ${(error as Error).message}`);
      }
      // A pattern that can backtrack catastrophically would hang scans, the hook and the editor.
      const unsafe = unsafeRegexReason(regex);
      if (unsafe)
        fail(
          props.get('regex'),
          `regex for "${id}" is rejected because ${unsafe}; rewrite it without nested or overlapping repetition (e.g. a literal prefix and one bounded class: acme_[A-Za-z0-9]{32})`,
        );
      const minEntropyNode = props.get('minEntropy');
      const { minimum, maximum } = MIN_ENTROPY_RANGE;
      if (
        minEntropyNode &&
        (minEntropyNode.type !== 'number' || (minEntropyNode.value as number) < minimum || (minEntropyNode.value as number) > maximum)
      ) {
        fail(minEntropyNode, `"minEntropy" must be a number between ${minimum} and ${maximum} (bits per character)`);
      }
      const severityNode = props.get('severity');
      if (severityNode && !(CUSTOM_SEVERITIES as readonly unknown[]).includes(severityNode.value))
        fail(severityNode, '"severity" must be "error" or "warning"');
      const keywords = stringArray(props.get('keywords'), '"keywords"');
      if (keywords.some((k) => !/^[\x20-\x7e]+$/.test(k))) fail(props.get('keywords'), 'keywords must be printable ASCII');
      customIds.add(id);
      const title = optionalString(props.get('title'), '"title"');
      customDetectors.push({
        id,
        regex,
        keywords,
        ...(title ? { title } : {}),
        ...(minEntropyNode ? { minEntropy: minEntropyNode.value as number } : {}),
        ...(severityNode ? { severity: severityNode.value as 'error' | 'warning' } : {}),
      });
    }
  }

  const knownId = (node: Node, id: string) => {
    if (!DETECTORS_BY_ID.has(id) && !customIds.has(id))
      fail(node, `unknown detector id "${id}" (run \`leakproof detectors\` for the list)`);
  };

  const allowlist: AllowlistEntry[] = [];
  const allowNode = top.get('allowlist');
  if (allowNode) {
    if (allowNode.type !== 'array') fail(allowNode, '"allowlist" must be an array');
    for (const entry of allowNode.children ?? []) {
      const props = properties(entry, ALLOWLIST_KEYS, 'an allowlist entry');
      const hash = optionalString(props.get('hash'), '"hash"');
      if (hash !== undefined && !ALLOWLIST_HASH.test(hash)) {
        fail(
          props.get('hash'),
          '"hash" must be the hash leakproof shows for the secret ("scrypt:" or "hmac:" and 64 hex characters; an older unsalted sha256 of the secret is still accepted) — never the secret itself',
        );
      }
      const path = optionalString(props.get('path'), '"path"');
      const detector = optionalString(props.get('detector'), '"detector"');
      if (detector !== undefined) knownId(props.get('detector')!, detector);
      if (hash === undefined && path === undefined && detector === undefined)
        fail(entry, 'an allowlist entry needs "hash", "path" or "detector"');
      const reason = optionalString(props.get('reason'), '"reason"');
      allowlist.push({
        ...(hash ? { hash: hash.replace(/^sha256:/, '') } : {}),
        ...(path ? { path } : {}),
        ...(detector ? { detector } : {}),
        ...(reason ? { reason } : {}),
      });
    }
  }

  const saltNode = top.get('salt');
  if (saltNode && (saltNode.type !== 'string' || !SALT.test(saltNode.value as string))) {
    fail(saltNode, '"salt" must be lower-case hex, 32 to 128 characters (leakproof creates it: `leakproof migrate-hashes`)');
  }
  const salt = saltNode ? (saltNode.value as string) : undefined;
  const baseline = optionalString(
    top.get('baseline'),
    '"baseline" (a baseline file relative to this one, e.g. ".leakproof-baseline.json")',
  );

  let disable: string[] = [];
  let enable: string[] = [];
  const detectorsNode = top.get('detectors');
  if (detectorsNode) {
    const props = properties(detectorsNode, DETECTOR_KEYS, '"detectors"');
    for (const [key, node] of props) {
      const ids = stringArray(node, `"detectors.${key}"`);
      ids.forEach((id, index) => knownId(node.children![index]!, id));
      if (key === 'disable') disable = ids;
      else enable = ids;
    }
  }

  const scanNode = top.get('scan');
  let scan: LeakproofConfig['scan'] = { includeExtensions: [], exclude: [] };
  if (scanNode) {
    const props = properties(scanNode, SCAN_KEYS, '"scan"');
    const maxNode = props.get('maxFileSize');
    if (maxNode && (maxNode.type !== 'number' || !Number.isInteger(maxNode.value) || (maxNode.value as number) <= 0)) {
      fail(maxNode, '"scan.maxFileSize" must be a positive integer (bytes)');
    }
    scan = {
      includeExtensions: stringArray(props.get('includeExtensions'), '"scan.includeExtensions"').map((e) =>
        e.replace(/^\./, '').toLowerCase(),
      ),
      exclude: stringArray(props.get('exclude'), '"scan.exclude"'),
      ...(maxNode ? { maxFileSize: maxNode.value as number } : {}),
    };
  }
  const hookNode = top.get('hook');
  let hook: HookPolicy | undefined;
  if (hookNode) {
    const props = properties(hookNode, HOOK_KEYS, '"hook"');
    const block = props.get('blockGenericInTests');
    if (block && block.type !== 'boolean') fail(block, '"hook.blockGenericInTests" must be true or false');
    hook = { blockGenericInTests: block ? (block.value as boolean) : false };
  }
  return {
    ...(salt ? { salt } : {}),
    ...(baseline ? { baseline } : {}),
    allowlist,
    detectors: { disable, enable },
    customDetectors,
    scan,
    ...(hook ? { hook } : {}),
  };
}

/** Where a value sits in the config text (for editors and quick fixes). */
export function configValueAt(text: string, path: (string | number)[]): unknown {
  const root = parseTree(text);
  const node = root ? findNodeAtLocation(root, path) : undefined;
  return node ? getNodeValue(node) : undefined;
}

function customDetector(config: CustomDetectorConfig): Detector {
  const kind = config.severity === 'warning' ? 'generic' : 'specific';
  const pattern = new RegExp(config.regex);
  return {
    id: config.id,
    title: config.title ?? `Custom pattern ${config.id}`,
    kind,
    // The same derivation as the built-ins: a team's `acme_` prefix is as telling as GitHub's.
    confidence: derivedConfidence(kind, pattern),
    keywords: config.keywords ?? [],
    pattern,
    ...(config.minEntropy !== undefined ? { post: [hasEntropyBelow(config.minEntropy)] } : {}),
    guide: {
      grants: 'A credential your team declared in .leakproof.json.',
      revoke: "Follow your team's rotation procedure for this credential.",
    },
  };
}

/** The detectors a config selects: every built-in minus the disabled ones, plus custom patterns. */
export function resolveDetectors(config: LeakproofConfig, base: readonly Detector[] = ALL_DETECTORS): Detector[] {
  const disabled = new Set(config.detectors.disable.filter((id) => !config.detectors.enable.includes(id)));
  return [...base.filter((d) => !disabled.has(d.id)), ...config.customDetectors.map(customDetector)];
}

/** Paths are matched relative to the config's folder, with `/` separators. */
export function globMatcher(glob: string): (path: string) => boolean {
  const matcher = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
  return (path: string) => matcher(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

export function allowlistRules(config: LeakproofConfig): AllowlistRule[] {
  return config.allowlist.map((entry) => ({
    ...(entry.hash ? { hash: entry.hash } : {}),
    ...(entry.path ? { path: globMatcher(entry.path) } : {}),
    ...(entry.detector ? { detector: entry.detector } : {}),
    reason: entry.reason ? `config allowlist: ${entry.reason}` : 'config allowlist',
  }));
}

/** Allowlist hashes of earlier versions (unsalted sha256): still matched, to be rewritten by `leakproof migrate-hashes`. */
export function legacyAllowlistHashes(config: LeakproofConfig): number {
  return config.allowlist.filter((entry) => entry.hash !== undefined && isLegacyHash(entry.hash)).length;
}

export function scanOptionsFrom(config: LeakproofConfig): Partial<ScanOptions> {
  return {
    ...(config.salt ? { salt: config.salt } : {}),
    allowlist: allowlistRules(config),
    lowValueOptIn: new Set(config.scan.includeExtensions),
    ...(config.scan.maxFileSize ? { maxSize: config.scan.maxFileSize } : {}),
  };
}
