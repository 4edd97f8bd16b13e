/**
 * The scanner: pre-validators → keyword prefilter → detectors → post-validators → companions →
 * encoded secrets → de-duplication → allowlists → cap → insights (shared/docs/ENGINE.md).
 * Pure and synchronous; never throws on any input, bounded in time and size.
 */
import { shannonEntropy } from './entropy.js';
import {
  DEFAULT_SALT,
  fingerprintOf,
  legacyFingerprintOf,
  legacySecretHash,
  saltedKindOf,
  secretHash,
  type HashKind,
} from './fingerprint.js';
import { lineEndOf, lineStartOf } from './lines.js';
import { KeywordAutomaton, type KeywordHits } from './prefilter.js';
import { keywordAnchoredReach, type PatternReach } from './pattern-reach.js';
import { redact } from './redact.js';
import { findEncodedSecrets } from './encoded.js';
import { dedupe, oneFindingPerSecret } from './dedup.js';
import { fileInsights, inlineTestRegions } from './insights.js';
import { allowMarkerOn, commentStyleFor, mentionsAllowMarker, type CommentStyle } from './allow-markers.js';
import { isBinaryContent } from './pre-validators/content.js';
import { isBannedPath, isBinaryPath, isLowValueExtension } from './pre-validators/paths.js';
import { COMMON_VALIDATORS, firstReason } from './post-validators/values.js';
import type {
  CandidateContext,
  CompanionPart,
  Detector,
  PostValidator,
  Finding,
  FindingMatch,
  Insight,
  Range,
  ScanResult,
  SourceDocument,
} from './types.js';

export interface AllowlistRule {
  /** Salted hash of the secret value or a finding fingerprint (`scrypt:…`), or an unsalted sha256 of earlier versions. */
  readonly hash?: string;
  /** Matches the document path (already a predicate: globbing lives in config.ts). */
  readonly path?: (path: string) => boolean;
  readonly detector?: string;
  readonly reason: string;
}

export interface ScanOptions {
  /** Documents longer than this (UTF-16 code units) are skipped with a reason. */
  readonly maxSize: number;
  /** Time budget per document; past it the scan stops and reports a partial skip. */
  readonly timeBudgetMs: number;
  /** At most this many findings per detector per document (ENGINE.md: 8). */
  readonly capPerDetector: number;
  /** Low-value extensions the user opted back into (`md`, `html` …), or 'all'. */
  readonly lowValueOptIn: ReadonlySet<string> | 'all';
  readonly allowlist: readonly AllowlistRule[];
  /** Skip path-based pre-validation (editor buffers the user is looking at, stdin). */
  readonly ignorePathFilters: boolean;
  /** The repository's salt for hashes and fingerprints (`"salt"` in .leakproof.json); absent: DEFAULT_SALT. */
  readonly salt?: string;
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  maxSize: 10 * 1024 * 1024,
  timeBudgetMs: 5000,
  capPerDetector: 8,
  lowValueOptIn: new Set(),
  allowlist: [],
  ignorePathFilters: false,
};

/** Lines of context around an edited region: enough for companions (DB user/host/port, AWS pairs). */
const REGION_CONTEXT_LINES = 12;
/** A keyword hit this far inside an existing window is covered by it (a name and its value fit). */
const COVERED_MARGIN = 512;
/** Line-scoped detectors look at most this far around a keyword on a very long line. */
const LONG_LINE_WINDOW = 2048;
/** How far a region scan looks for the BEGIN/END of an enclosing key block. */
const BLOCK_SEARCH = 64 * 1024;
/** At most this much of a line on each side of a candidate is shown to post-validators. */
const LINE_CONTEXT = 1024;
/** How far along one line a companion is looked for (a name and its value sit close together). */
const COMPANION_REACH = LONG_LINE_WINDOW;
/** Cut-off companion windows are widened to multiples of this, so that candidates close together share one. */
const COMPANION_BLOCK = 1024;
/** Matches one detector may yield per call (pathological documents: the cap would drop the rest anyway). */
const MAX_MATCHES_PER_RUN = 10_000;
/** Base64 nesting depth followed (Base64 of Base64 …). */
const MAX_DECODE_DEPTH = 2;

interface CompiledDetector {
  readonly detector: Detector;
  /** The scanning copy of the pattern, compiled on first use: most detectors never run in a hook's process. */
  regex(): RegExp;
  readonly validators: readonly PostValidator[];
  readonly keywordIndices: readonly number[];
  /** The distinct keyword indices, ascending, and joined as a key: detectors with the same keywords share hit positions per call. */
  readonly keywordSet: readonly number[];
  readonly keywordKey: string;
  /**
   * For a document-scoped detector whose every match is proved to hold one of its keywords: how far
   * a match reaches from it, so that the regex runs on windows around keyword hits, not the document.
   */
  reach(): PatternReach | undefined;
}

interface ScanState {
  timedOut: boolean;
  readonly deadline: number;
  readonly path: string | undefined;
  /** Keyword indices present in the document outside the scanned window (region scans). */
  readonly keywordsElsewhere: ReadonlySet<number>;
}

export interface ScanCallOptions {
  readonly ignorePathFilters?: boolean;
  /**
   * For a region scan: the keywords known to occur anywhere in the document (the union of
   * `ScanResult.keywords` of its earlier scans). Document-scoped detectors whose keyword sits
   * outside the window then still run on it, as in a full scan.
   */
  readonly documentKeywords?: readonly string[];
}

/** A finding before allowlists, insights and cap. */
export interface RawFinding {
  readonly detector: Detector;
  readonly matches: readonly { name: string; range: Range; value: string }[];
  readonly range: Range;
  readonly value: string;
  readonly decoded?: { readonly redacted: string };
}

export class Scanner {
  private readonly compiled: readonly CompiledDetector[];
  private readonly automaton: KeywordAutomaton;
  /** Lower-cased keyword -> its index in the automaton. */
  private readonly keywordIds: ReadonlyMap<string, number>;
  /** For each keyword, the indices of the detectors it selects. */
  private readonly byKeyword: number[][];
  /** Detectors without keywords (custom patterns, path-gated formats): considered on every call. */
  private readonly unconditional: number[] = [];
  readonly options: ScanOptions;

  constructor(
    readonly detectors: readonly Detector[],
    options: Partial<ScanOptions> = {},
  ) {
    this.options = { ...DEFAULT_SCAN_OPTIONS, ...options };
    const keywordIds = new Map<string, number>();
    this.compiled = detectors.map((detector) => {
      const keywordIndices = detector.keywords.map((keyword) => {
        const lower = keyword.toLowerCase();
        let index = keywordIds.get(lower);
        if (index === undefined) keywordIds.set(lower, (index = keywordIds.size));
        return index;
      });
      const validators =
        detector.kind === 'specific' && !detector.skipCommonValidators
          ? [...COMMON_VALIDATORS, ...(detector.post ?? [])]
          : [...(detector.post ?? [])];
      const keywordSet = [...new Set(keywordIndices)].sort((a, b) => a - b);
      return {
        detector,
        regex: lazyScanningCopy(detector),
        validators,
        keywordIndices,
        keywordSet,
        keywordKey: keywordSet.join(','),
        reach: reachOf(detector),
      };
    });
    this.automaton = KeywordAutomaton.shared([...keywordIds.keys()]);
    this.keywordIds = keywordIds;
    this.byKeyword = Array.from({ length: keywordIds.size }, () => [] as number[]);
    this.compiled.forEach((c, index) => {
      if (c.keywordIndices.length === 0) this.unconditional.push(index);
      for (const keyword of new Set(c.keywordIndices)) this.byKeyword[keyword]!.push(index);
    });
  }

  /**
   * Scans a document, or only the findings that touch `region` (an edit in an editor buffer):
   * the region is widened to whole lines plus context, and to the enclosing key block.
   */
  scan(document: SourceDocument, region?: Range, perCall: ScanCallOptions = {}): ScanResult {
    try {
      return this.scanUnsafe(document, region, perCall.ignorePathFilters ?? this.options.ignorePathFilters, perCall.documentKeywords);
    } catch (error) {
      // The engine must never take its caller down; an internal error is a skipped document.
      return { findings: [], capped: [], skipped: { reason: 'time-limit', detail: `internal error: ${(error as Error).message}` } };
    } finally {
      forgetCompanionHits(); // never keep a scanned document alive after its scan
    }
  }

  private scanUnsafe(
    document: SourceDocument,
    region: Range | undefined,
    ignorePathFilters: boolean,
    documentKeywords: readonly string[] | undefined,
  ): ScanResult {
    const { text, path } = document;
    const skip = this.preValidate(document, ignorePathFilters);
    if (skip) return { findings: [], capped: [], skipped: skip };

    const deadline = Date.now() + this.options.timeBudgetMs;
    const [windowStart, windowEnd] = region ? widenRegion(text, region) : [0, text.length];
    // A region scan also runs the document-scoped detectors whose keyword sits outside the window
    // (`import discord` 60 lines above a token): what the caller knows of the whole document.
    const elsewhere = region && documentKeywords ? documentKeywords.flatMap((k) => this.keywordIds.get(k.toLowerCase()) ?? []) : [];
    const state: ScanState = { timedOut: false, deadline, path, keywordsElsewhere: new Set(elsewhere) };
    const detection = this.detect(text, windowStart, windowEnd, state);
    let raw = detection.findings.concat(this.detectEncoded(text, detection.base64Runs, state, 0));
    raw = oneFindingPerSecret(dedupe(raw));
    // A region scan answers for its whole window: the caller replaces what it had cached there.
    if (region) raw = raw.filter((f) => f.range[0] < windowEnd && f.range[1] > windowStart);

    const findings = this.finish(raw, text, path);
    const capped = applyCap(findings.all, this.options.capPerDetector);
    const result: ScanResult = {
      findings: capped.kept,
      capped: capped.dropped,
      keywords: detection.keywords,
      ...(region ? { window: [windowStart, windowEnd] as Range } : {}),
    };
    return state.timedOut
      ? { ...result, skipped: { reason: 'time-limit', detail: `scan stopped after ${this.options.timeBudgetMs} ms; results are partial` } }
      : result;
  }

  /**
   * The path pre-validators alone (banned folders, binary and low-value extensions), so that a
   * caller reading files can skip them before reading a byte.
   */
  skipForPath(path: string): ScanResult['skipped'] {
    const banned = isBannedPath(path);
    if (banned) return { reason: 'banned-path', detail: banned };
    const binary = isBinaryPath(path);
    if (binary) return { reason: 'binary-extension', detail: binary };
    const optIn = this.options.lowValueOptIn;
    if (optIn !== 'all') {
      const lowValue = isLowValueExtension(path, optIn);
      if (lowValue) return { reason: 'low-value-extension', detail: `${lowValue} (opt in with scan.includeExtensions)` };
    }
    return undefined;
  }

  private preValidate(document: SourceDocument, ignorePathFilters: boolean): ScanResult['skipped'] {
    const { text, path } = document;
    if (path && !ignorePathFilters) {
      const skip = this.skipForPath(path);
      if (skip) return skip;
    }
    if (text.length > this.options.maxSize)
      return { reason: 'too-large', detail: `${text.length} characters exceeds the limit of ${this.options.maxSize}` };
    const binaryContent = isBinaryContent(text);
    if (binaryContent) return { reason: 'binary-content', detail: binaryContent };
    return undefined;
  }

  /** Runs the detectors selected by the keyword pass over `text[start, end)`. */
  detect(
    text: string,
    start: number,
    end: number,
    state: ScanState,
    only?: (d: Detector) => boolean,
  ): { findings: RawFinding[]; base64Runs: readonly number[]; keywords: string[] } {
    const hits = this.automaton.search(text, start, end);
    const out: RawFinding[] = [];
    // Only the detectors of the keywords that occur (plus keyword-less ones), in registry order: no
    // pass over all ~600 detectors per call (history scans make thousands of small calls).
    const chosen = new Set<number>(this.unconditional);
    const keywords: string[] = [];
    for (const keyword of hits.found) {
      keywords.push(this.automaton.keywords[keyword]!);
      for (const index of this.byKeyword[keyword]!) chosen.add(index);
    }
    for (const keyword of state.keywordsElsewhere) {
      for (const index of this.byKeyword[keyword]!) if (this.compiled[index]!.detector.keywordScope !== 'line') chosen.add(index);
    }
    const windows = new CallWindows(text, start, end, hits);
    const selected = [...chosen]
      .sort((a, b) => a - b)
      .map((index) => this.compiled[index]!)
      .filter((c) => c.detector.paths === undefined || (state.path !== undefined && c.detector.paths.test(state.path)));
    for (const compiled of selected) {
      if (only && !only(compiled.detector)) continue;
      if (Date.now() > state.deadline) {
        state.timedOut = true;
        break;
      }
      // Keyword-anchored windows stand for one run over the text: they share its match budget (line
      // windows have always had one each).
      const shared = compiled.detector.keywordScope !== 'line';
      let budget = MAX_MATCHES_PER_RUN;
      for (const [windowStart, windowEnd] of windows.of(compiled)) {
        const left = this.runPattern(compiled, text, windowStart, windowEnd, state.path, out, shared ? budget : MAX_MATCHES_PER_RUN);
        if (shared && (budget = left) < 0) break;
      }
    }
    return { findings: out, base64Runs: hits.base64Runs, keywords };
  }

  /** Runs one detector's regex over `text[start, end)`; returns what is left of the match budget. */
  private runPattern(
    compiled: CompiledDetector,
    text: string,
    start: number,
    end: number,
    path: string | undefined,
    out: RawFinding[],
    budget: number,
  ): number {
    const regex = compiled.regex();
    const window = start === 0 && end === text.length ? text : text.slice(start, end);
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(window)) !== null) {
      if (match[0].length === 0) regex.lastIndex++;
      if (--budget < 0) break; // pathological documents: the cap would drop these anyway
      const finding = this.candidate(compiled, match, text, start, path);
      if (finding) out.push(finding);
    }
    return budget;
  }

  private candidate(
    compiled: CompiledDetector,
    match: RegExpExecArray,
    text: string,
    offset: number,
    path: string | undefined,
  ): RawFinding | undefined {
    const { detector } = compiled;
    const groups = match.groups ?? {};
    const groupIndices = match.indices?.groups ?? {};
    // `secret2` lets a pattern offer a second alternative for the value (JS forbids duplicate group names).
    const secretSpan = groupIndices.secret ?? groupIndices.secret2 ?? match.indices?.[0];
    const value = groups.secret ?? groups.secret2 ?? match[0];
    if (!secretSpan || value.length === 0) return undefined;
    const range: Range = [secretSpan[0] + offset, secretSpan[1] + offset];
    const context: CandidateContext = {
      value,
      groups,
      match: match[0],
      // Computed on demand and bounded: on a 1 MB minified line, thousands of candidates must not
      // each copy the whole line (that was quadratic).
      get line() {
        // (the bound goes into the search itself: a 64 KiB walk per candidate was quadratic too)
        const from = lineStartOf(text, range[0], LINE_CONTEXT);
        const to = lineEndOf(text, range[1], LINE_CONTEXT);
        return text.slice(from, to);
      },
      text,
      range,
      ...(path === undefined ? {} : { path }),
    };
    if (firstReason(compiled.validators, context) !== undefined) return undefined;
    if (detector.minEntropy !== undefined && shannonEntropy(value) < detector.minEntropy) return undefined;

    const matches: Array<{ name: string; range: Range; value: string }> = [{ name: 'secret', range, value }];
    for (const [name, span] of Object.entries(groupIndices)) {
      if (
        name === 'secret' ||
        name === 'secret2' ||
        name === 'name' ||
        name.startsWith('_') ||
        !span ||
        groups[name] === undefined ||
        groups[name] === ''
      )
        continue;
      matches.push({ name, range: [span[0] + offset, span[1] + offset], value: groups[name] });
    }
    if (detector.companions) {
      let found = 0;
      for (const companion of detector.companions) {
        const part = findCompanion(text, range, companion);
        if (part) {
          matches.push(part);
          found++;
        }
      }
      if (detector.requireCompanion && found === 0) return undefined;
    }
    // `POSTGRES_USER: ride` + `POSTGRES_PASSWORD: ride`: a password equal to its user name is a
    // default local credential, not a leak.
    if (matches.some((m) => /^(?:user(?:name)?|login)$/.test(m.name) && m.value === value)) return undefined;
    return { detector, matches, range, value };
  }

  /**
   * Base64-encoded secrets (Kubernetes Secrets, .npmrc `_auth`, docker `auth`): decode runs of
   * Base64 that decode to text and scan that text with the specific detectors.
   */
  private detectEncoded(text: string, base64Runs: readonly number[], state: ScanState, depth: number): RawFinding[] {
    if (depth >= MAX_DECODE_DEPTH) return [];
    const out: RawFinding[] = [];
    for (const blob of findEncodedSecrets(text, base64Runs)) {
      if (Date.now() > state.deadline) {
        state.timedOut = true;
        break;
      }
      const decoded = blob.decoded;
      const detection = this.detect(decoded, 0, decoded.length, state, (d) => d.kind === 'specific');
      const inner = detection.findings.concat(this.detectEncoded(decoded, detection.base64Runs, state, depth + 1));
      for (const finding of dedupe(inner)) {
        // The whole Base64 run is the highlight: that is what sits in the file.
        out.push({
          detector: finding.detector,
          matches: [{ name: 'secret', range: blob.range, value: blob.encoded }],
          range: blob.range,
          value: finding.value,
          decoded: { redacted: redact(finding.value) },
        });
      }
    }
    return out;
  }

  private finish(raw: readonly RawFinding[], text: string, path: string | undefined): { all: Finding[] } {
    const perFile = path ? fileInsights(path) : [];
    const testRegions = raw.length > 0 && !perFile.some((i) => i.kind === 'test_file') ? inlineTestRegions(text, path) : [];
    // Inline markers: one linear test of the whole text, and per-line work only when a marker occurs.
    const markers = raw.length > 0 && mentionsAllowMarker(text) ? new InlineMarkers(text, commentStyleFor(path)) : undefined;
    const salt = this.options.salt ?? DEFAULT_SALT;
    const all = raw.map((r): Finding => {
      const insights: Insight[] = [...perFile];
      if (testRegions.some(([from, to]) => r.range[0] >= from && r.range[0] < to))
        insights.push({ kind: 'test_file', reason: 'inside a Rust #[cfg(test)] module' });
      if (r.decoded) insights.push({ kind: 'decoded', encoding: 'base64', redacted: r.decoded.redacted });
      const allowed = this.allowReason(r, path, markers);
      if (allowed) insights.push({ kind: 'allowlisted', reason: allowed });
      const matches: FindingMatch[] = r.matches.map((m) => ({ name: m.name, range: m.range, redacted: redact(m.value) }));
      return identified(
        {
          detectorId: r.detector.id,
          title: r.detector.title,
          kind: r.detector.kind,
          confidence: r.detector.confidence,
          matches,
          range: r.range,
          insights,
        },
        r.value,
        salt,
      );
    });
    all.sort((a, b) => a.range[0] - b.range[0] || a.detectorId.localeCompare(b.detectorId));
    return { all };
  }

  private allowReason(finding: RawFinding, path: string | undefined, markers: InlineMarkers | undefined): string | undefined {
    const inline = markers?.reasonFor(finding.range);
    if (inline) return inline;
    // Derived only when a rule needs it, in the kind the rule was written in: the slow hash for
    // `scrypt:` entries, the keyed one for `hmac:` entries (older versions wrote `scrypt:` for every
    // value), the cheap unsalted one for entries of earlier versions (honoured during the transition).
    const derived = new Map<HashKind | 'legacy', readonly string[]>();
    const salt = this.options.salt ?? DEFAULT_SALT;
    const identities = (hash: string): readonly string[] => {
      const kind = saltedKindOf(hash) ?? 'legacy';
      let found = derived.get(kind);
      if (!found) {
        found =
          kind === 'legacy'
            ? [legacySecretHash(finding.value), legacyFingerprintOf(finding.detector.id, finding.value)]
            : [secretHash(finding.value, salt, kind), fingerprintOf(finding.detector.id, finding.value, salt, kind)];
        derived.set(kind, found);
      }
      return found;
    };
    for (const rule of this.options.allowlist) {
      if (rule.hash !== undefined && !identities(rule.hash).includes(rule.hash)) continue;
      if (rule.detector !== undefined && rule.detector !== finding.detector.id) continue;
      if (rule.path !== undefined && (path === undefined || !rule.path(path))) continue;
      return rule.reason;
    }
    return undefined;
  }
}

/**
 * A finding with its identities derived on first read: the slow salted hash costs a deliberate ~11 ms,
 * and most findings of an engine-level scan are never fingerprinted (tests, region scans whose
 * results are replaced). The unsalted identities of earlier versions are non-enumerable: matched
 * against old baselines during the transition, never copied into reports, messages or clones.
 */
function identified(base: Omit<Finding, 'fingerprint' | 'secretHash'>, value: string, salt: string): Finding {
  const { detectorId } = base;
  const finding = {
    ...base,
    get fingerprint(): string {
      return fingerprintOf(detectorId, value, salt);
    },
    get secretHash(): string {
      return secretHash(value, salt);
    },
  };
  Object.defineProperty(finding, 'slowFingerprint', { enumerable: false, get: () => fingerprintOf(detectorId, value, salt, 'scrypt') });
  Object.defineProperty(finding, 'legacyFingerprint', { enumerable: false, get: () => legacyFingerprintOf(detectorId, value) });
  Object.defineProperty(finding, 'legacySecretHash', { enumerable: false, get: () => legacySecretHash(value) });
  return finding;
}

/** Lines longer than this are minified or generated: inline markers on them are not honoured. */
const MAX_MARKER_LINE = 4096;

/**
 * The inline allow markers of one document, read line by line on demand and cached per line, so
 * that many findings on one line cost that line once. A marker counts in a comment on any of the
 * secret's lines (a key block: its first 200), or as `leakproof:allow-next-line` on the line above.
 */
class InlineMarkers {
  private readonly cache = new Map<number, ReturnType<typeof allowMarkerOn> | null>();

  constructor(
    private readonly text: string,
    private readonly style: CommentStyle,
  ) {}

  reasonFor(range: Range): string | undefined {
    const { text } = this;
    let lineStart = lineStartOf(text, range[0], MAX_MARKER_LINE + 1);
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return undefined; // a very long line
    if (lineStart > 0) {
      const previous = this.markerAt(lineStartOf(text, lineStart - 1, MAX_MARKER_LINE + 1));
      if (previous?.nextLine) return `inline comment ${previous.marker}`;
    }
    for (let line = 0; line < 200 && lineStart < Math.max(range[1], range[0] + 1); line++) {
      const marker = this.markerAt(lineStart);
      if (marker && !marker.nextLine) return `inline comment ${marker.marker}`;
      const next = text.indexOf('\n', lineStart);
      if (next === -1) break;
      lineStart = next + 1;
    }
    return undefined;
  }

  private markerAt(lineStart: number): ReturnType<typeof allowMarkerOn> {
    const cached = this.cache.get(lineStart);
    if (cached !== undefined) return cached ?? undefined;
    if (lineStart > 0 && this.text.charCodeAt(lineStart - 1) !== 10) return undefined;
    const lineEnd = lineEndOf(this.text, lineStart, MAX_MARKER_LINE + 1);
    const whole = lineEnd - lineStart <= MAX_MARKER_LINE;
    const marker = whole ? allowMarkerOn(this.text.slice(lineStart, lineEnd), this.style) : undefined;
    this.cache.set(lineStart, marker ?? null);
    return marker;
  }
}

/** The line holding a keyword hit plus the next one (a value written below its name), within [start, end). */
function keywordLineWindow(text: string, position: number, start: number, end: number): Range {
  const lineStart = Math.max(start, lineStartOf(text, position, LONG_LINE_WINDOW));
  const ownEnd = lineEndOf(text, position, LONG_LINE_WINDOW);
  const breakAt =
    ownEnd < text.length && (text.charCodeAt(ownEnd) === 10 || text.charCodeAt(ownEnd) === 13) ? text.indexOf('\n', ownEnd) : -1;
  const nextEnd = breakAt !== -1 && breakAt - ownEnd <= 1 ? lineEndOf(text, breakAt + 1, LONG_LINE_WINDOW) : ownEnd;
  return [lineStart, Math.min(end, Math.max(ownEnd, nextEnd))];
}

/**
 * Where detectors run within one `detect` call. Hundreds of contextual detectors share keywords
 * (`key`, `token`, a provider's name), and their windows depend only on the keywords' hits: the hit
 * positions (gathered and sorted) and the merged line windows are built once per keyword set, not
 * once per detector (that was a tenth of a tree scan), and a hit's own line window once per hit.
 */
class CallWindows {
  private readonly positionsByKeywords = new Map<string, readonly number[]>();
  private readonly lineScoped = new Map<string, Range[]>();
  private readonly lineOfHit = new Map<number, Range>();

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly hits: KeywordHits,
  ) {}

  of(compiled: CompiledDetector): Range[] {
    const { start, end } = this;
    if (compiled.keywordIndices.some((k) => this.hits.saturated.has(k))) return [[start, end]];
    if (compiled.detector.keywordScope !== 'line') {
      const reach = compiled.reach();
      return reach ? anchoredWindows(this.positionsOf(compiled), reach, start, end) : [[start, end]];
    }
    let windows = this.lineScoped.get(compiled.keywordKey);
    if (!windows) this.lineScoped.set(compiled.keywordKey, (windows = this.lineWindows(this.positionsOf(compiled))));
    return windows;
  }

  private positionsOf(compiled: CompiledDetector): readonly number[] {
    let positions = this.positionsByKeywords.get(compiled.keywordKey);
    if (!positions) this.positionsByKeywords.set(compiled.keywordKey, (positions = hitPositions(compiled, this.hits)));
    return positions;
  }

  /**
   * Line scope: the lines that hold a keyword (plus the next line, for values written below their
   * name), merged. Line bounds are searched at most LONG_LINE_WINDOW away from the hit, and a hit
   * well inside the window already built is skipped: a keyword repeated along one long line must
   * cost linear time, not hits × line length.
   */
  private lineWindows(positions: readonly number[]): Range[] {
    const windows: Array<[number, number]> = [];
    for (const position of positions) {
      const last = windows[windows.length - 1];
      if (last && position >= last[0] && position + COVERED_MARGIN <= last[1]) continue;
      let line = this.lineOfHit.get(position);
      if (!line) this.lineOfHit.set(position, (line = keywordLineWindow(this.text, position, this.start, this.end)));
      const [lineStart, lineEnd] = line;
      if (last && lineStart <= last[1]) last[1] = Math.max(last[1], lineEnd);
      else windows.push([lineStart, lineEnd]);
    }
    return windows;
  }
}

/** Where any of the detector's keywords occurs, ascending (one keyword's list already is). */
function hitPositions(compiled: CompiledDetector, hits: KeywordHits): readonly number[] {
  const keywords = compiled.keywordSet;
  if (keywords.length === 1) return hits.positions[keywords[0]!] ?? [];
  const positions: number[] = [];
  for (const k of keywords) for (const position of hits.positions[k] ?? []) positions.push(position);
  // A typed array sorts numbers natively, several times faster than a comparator over a plain array.
  return Array.from(Float64Array.from(positions).sort());
}

/**
 * Windows of `hit ± (longest match + margin)` around every hit of the detector's keywords, merged,
 * within `[start, end)`: every match holds a hit, so it lies inside one with the context it
 * inspects (pattern-reach.ts), and what the regex finds there is what it finds in the whole text.
 */
function anchoredWindows(positions: readonly number[], reach: PatternReach, start: number, end: number): Range[] {
  if (positions.length === 0) return [];
  const radius = reach.maxLength + reach.margin;
  const windows: Array<[number, number]> = [];
  for (const position of positions) {
    const from = Math.max(start, position - radius);
    const to = Math.min(end, position + radius);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Whole lines around the region, plus the enclosing `-----BEGIN … -----END` block if any. */
export function widenRegion(text: string, region: Range): Range {
  let start = Math.max(0, Math.min(region[0], text.length));
  let end = Math.max(start, Math.min(region[1], text.length));
  for (let i = 0; i <= REGION_CONTEXT_LINES && start > 0; i++) start = lineStartOf(text, start - 1);
  for (let i = 0; i <= REGION_CONTEXT_LINES && end < text.length; i++) {
    const next = text.indexOf('\n', end + 1);
    end = next === -1 ? text.length : next;
  }
  // A key block: extend to its BEGIN above and its END below. Both searches are bounded (a key block
  // is a few KiB) so that a region scan costs the region, not the document.
  const floor = Math.max(0, start - BLOCK_SEARCH);
  const above = text.slice(floor, start);
  const beginAt = above.lastIndexOf('-----BEGIN');
  if (beginAt !== -1) {
    const begin = floor + beginAt;
    const endAfterBegin = text.slice(begin, Math.min(text.length, begin + BLOCK_SEARCH)).indexOf('-----END');
    if (endAfterBegin === -1 || begin + endAfterBegin >= start) start = lineStartOf(text, begin);
  }
  const below = text.slice(end, Math.min(text.length, end + BLOCK_SEARCH));
  const endAt = below.indexOf('-----END');
  if (endAt !== -1 && below.lastIndexOf('-----BEGIN', endAt) === -1) end = lineEndOf(text, end + endAt);
  return [start, end];
}

/**
 * The keyword reach of a document-scoped detector, analysed on first use: parsing ~270 patterns
 * at construction cost ~40 ms of every CLI start (the pre-commit hook's budget), and a commit
 * touches few of them.
 */
function reachOf(detector: Detector): () => PatternReach | undefined {
  if (detector.keywordScope === 'line' || detector.keywords.length === 0) return () => undefined;
  let reach: PatternReach | undefined | null = null;
  return () => (reach === null ? (reach = keywordAnchoredReach(detector.pattern, detector.keywords)) : reach);
}

/** The pattern is read on first use too: kit detectors assemble it then (define.ts). */
function lazyScanningCopy(detector: Detector): () => RegExp {
  let regex: RegExp | undefined;
  return () => (regex ??= scanningCopy(detector.pattern));
}

/** A pattern as the scanner runs it: global (exec loops) with match indices (`d`: group ranges), never sticky. */
function scanningCopy(pattern: RegExp): RegExp {
  const flags = new Set(pattern.flags.split(''));
  flags.add('g');
  flags.add('d');
  flags.delete('y');
  return new RegExp(pattern.source, [...flags].join(''));
}

/**
 * Companion patterns, compiled once (they used to be recompiled for every candidate). Kept apart
 * from the detectors' own copies: a companion search runs inside a detector's exec loop, so the two
 * must never share a RegExp (and its lastIndex).
 */
const companionRegexes = new WeakMap<RegExp, RegExp>();
function companionRegex(pattern: RegExp): RegExp {
  let regex = companionRegexes.get(pattern);
  if (!regex) companionRegexes.set(pattern, (regex = scanningCopy(pattern)));
  regex.lastIndex = 0;
  return regex;
}

type CompanionHit = { readonly range: Range; readonly value: string };

/**
 * Companion matches per (pattern, window) of the document being scanned: every candidate on one
 * line shares that line's window, so a line holding thousands of candidates is searched once per
 * companion, not once per candidate (that was quadratic in the line length).
 */
let companionMemo: CompanionMemo | undefined;

interface CompanionMemo {
  readonly text: string;
  readonly windows: Map<string, Map<CompanionPart, readonly CompanionHit[]>>;
  /** Offsets of every line feed, built on first use: line bounds by binary search, not by walking. */
  newlines?: number[];
}

function forgetCompanionHits(): void {
  companionMemo = undefined;
}

function memoFor(text: string): CompanionMemo {
  if (companionMemo?.text !== text) companionMemo = { text, windows: new Map() };
  return companionMemo;
}

/** Index of the first line feed at or after `offset` (newlines.length when none). */
function firstNewlineFrom(memo: CompanionMemo, offset: number): number {
  if (!memo.newlines) {
    const newlines: number[] = [];
    for (let at = memo.text.indexOf('\n'); at !== -1; at = memo.text.indexOf('\n', at + 1)) newlines.push(at);
    memo.newlines = newlines;
  }
  const newlines = memo.newlines;
  let low = 0;
  let high = newlines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (newlines[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function companionHits(text: string, from: number, to: number, companion: CompanionPart): readonly CompanionHit[] {
  const memo = memoFor(text);
  const key = `${from}:${to}`;
  let byCompanion = memo.windows.get(key);
  if (!byCompanion) memo.windows.set(key, (byCompanion = new Map<CompanionPart, readonly CompanionHit[]>()));
  const cached = byCompanion.get(companion);
  if (cached) return cached;
  const window = text.slice(from, to);
  const regex = companionRegex(companion.pattern);
  const hits: CompanionHit[] = [];
  let match: RegExpExecArray | null;
  while ((match = regex.exec(window)) !== null) {
    if (match[0].length === 0) regex.lastIndex++;
    const span = match.indices?.groups?.value ?? match.indices?.[0];
    const value = match.groups?.value ?? match[0];
    if (!span) continue;
    const range: Range = [span[0] + from, span[1] + from];
    const context: CandidateContext = { value, groups: match.groups ?? {}, match: match[0], line: match[0], text, range };
    if (companion.post && firstReason(companion.post, context) !== undefined) continue;
    hits.push({ range, value });
  }
  byCompanion.set(companion, hits);
  return hits;
}

/**
 * The hit starting nearest the main match (the earlier one on a tie), skipping hits that overlap
 * it. Hits are in text order, so a binary search finds the neighbours: a candidate costs log(hits),
 * not a walk over every hit of a crowded line.
 */
function nearestHit(hits: readonly CompanionHit[], mainRange: Range): CompanionHit | undefined {
  const overlaps = (hit: CompanionHit) => hit.range[0] < mainRange[1] && hit.range[1] > mainRange[0];
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.range[0] < mainRange[0]) low = mid + 1;
    else high = mid;
  }
  let before = low - 1;
  while (before >= 0 && overlaps(hits[before]!)) before--;
  let after = low;
  while (after < hits.length && overlaps(hits[after]!)) after++;
  const left = before >= 0 ? hits[before] : undefined;
  const right = after < hits.length ? hits[after] : undefined;
  if (!left) return right;
  if (!right) return left;
  return mainRange[0] - left.range[0] <= right.range[0] - mainRange[0] ? left : right;
}

function findCompanion(
  text: string,
  mainRange: Range,
  companion: CompanionPart,
): { name: string; range: Range; value: string } | undefined {
  // The window: `withinLines` lines each way, each line cut at most COMPANION_REACH from the match
  // (on a long minified line, a name and its value sit close together), found by binary search in
  // the line-feed offsets: per-candidate walks over long lines were quadratic in the line length.
  const memo = memoFor(text);
  const after = firstNewlineFrom(memo, mainRange[1]); // the line feed ending the match's last line
  const before = firstNewlineFrom(memo, mainRange[0]) - 1; // the line feed before its first line
  const newlines = memo.newlines!;
  const reach = COMPANION_REACH * companion.withinLines;
  const ownStart = before >= 0 ? newlines[before]! + 1 : 0;
  const ownEnd = after < newlines.length ? newlines[after]! : text.length;
  // A line cut off on one side is not stepped over on that side (a long minified line).
  let from = mainRange[0] - COMPANION_REACH;
  if (ownStart >= from)
    from = Math.max(before - companion.withinLines >= 0 ? newlines[before - companion.withinLines]! + 1 : 0, ownStart - reach);
  let to = mainRange[1] + COMPANION_REACH;
  if (ownEnd <= to)
    to = Math.min(after + companion.withinLines < newlines.length ? newlines[after + companion.withinLines]! : text.length, ownEnd + reach);
  // A cut-off window snaps outwards to whole blocks, so neighbouring candidates share it.
  if (from > 0 && text.charCodeAt(from - 1) !== 10) from = Math.floor(from / COMPANION_BLOCK) * COMPANION_BLOCK;
  if (to < text.length && text.charCodeAt(to) !== 10) to = Math.min(text.length, Math.ceil(to / COMPANION_BLOCK) * COMPANION_BLOCK);
  else if (to > from && text.charCodeAt(to - 1) === 13) to--; // end of line content, before `\r\n`
  if (to - from > 64 * 1024) return undefined;
  const best = nearestHit(companionHits(text, from, to, companion), mainRange);
  return best ? { name: companion.name, range: best.range, value: best.value } : undefined;
}

/** At most `cap` items per key, in order; the rest counted per key (ENGINE.md: 8 per detector per document). */
export function capPerKey<T>(items: readonly T[], cap: number, keyOf: (item: T) => string): { kept: T[]; dropped: Map<string, number> } {
  const counts = new Map<string, number>();
  const kept: T[] = [];
  const dropped = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    const count = counts.get(key) ?? 0;
    if (count < cap) {
      kept.push(item);
      counts.set(key, count + 1);
    } else {
      dropped.set(key, (dropped.get(key) ?? 0) + 1);
    }
  }
  return { kept, dropped };
}

function applyCap(findings: readonly Finding[], cap: number): { kept: Finding[]; dropped: { detectorId: string; dropped: number }[] } {
  const { kept, dropped } = capPerKey(findings, cap, (finding) => finding.detectorId);
  return { kept, dropped: [...dropped].map(([detectorId, n]) => ({ detectorId, dropped: n })) };
}
