/**
 * What the git scans (`--staged`, `--pre-push`, `--history`) share so that none of them fails open:
 *
 * - a file the path rules would skip in a workspace scan (a low-value extension, `vendor/`, a
 *   force-added `node_modules/`, `*.sops.yaml`) is still scanned when it is committed, by the
 *   provider-specific detectors (whose false-alarm rate is low everywhere);
 * - a binary is scanned by its printable runs (`strings`), with the specific detectors;
 * - a partial scan (time budget, engine error) is a failure the caller must report, never a pass;
 * - a scan of part of a file (the added lines, a patch's hunks) knows which keywords the whole
 *   file holds, so that a detector whose keyword sits elsewhere (`import discord` 100 lines
 *   above a token) runs as it would on the whole file.
 */
import { Scanner, type Detector, type Finding, type Range, type ScanResult } from '../engine/index.js';
import { KeywordAutomaton } from '../engine/prefilter.js';
import { decodeBytes } from '../engine/pre-validators/encoding.js';
import type { ProjectConfig } from './projectConfig.js';

/** A hook's per-file time budget: it judges a commit, so it waits far longer than an editor. */
export const HOOK_TIME_BUDGET_MS = 60_000;

/** `LEAKPROOF_TIME_BUDGET_MS` overrides the budget (a tuning knob; tests set 0 to force the path). */
export function hookTimeBudget(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LEAKPROOF_TIME_BUDGET_MS;
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : HOOK_TIME_BUDGET_MS;
}

/** How a blob is scanned: as text with every detector, as text with specific ones, or as `strings`. */
export type ScanMode = 'full' | 'specific' | 'strings';

export interface ScannableBlob {
  readonly text: string;
  readonly mode: ScanMode;
  /** Why a file is not scanned with every detector (shown to the user), if it is not. */
  readonly note?: string;
  /** The text encoding when it was not UTF-8 (shown to the user: a UTF-16 file is scanned too). */
  readonly encoding?: string;
}

interface HookScanners {
  /** Built on first use: most commits have no file that is scanned with specific detectors only. */
  readonly specific: () => Scanner;
  readonly keywords: KeywordAutomaton;
}

const cache = new WeakMap<ProjectConfig, HookScanners>();

function scannersFor(project: ProjectConfig): HookScanners {
  let entry = cache.get(project);
  if (!entry) {
    const detectors: readonly Detector[] = project.scanner.detectors;
    let specific: Scanner | undefined;
    const all = new Set<string>();
    for (const d of detectors) for (const k of d.keywords) all.add(k.toLowerCase());
    entry = {
      specific: () =>
        (specific ??= new Scanner(
          detectors.filter((d) => d.kind === 'specific'),
          // The caller already decided to scan this text: no path rule may skip it again.
          { ...project.scanner.options, ignorePathFilters: true },
        )),
      // The same list, in the same order, as the project scanner's: the automaton is shared.
      keywords: KeywordAutomaton.shared([...all]),
    };
    cache.set(project, entry);
  }
  return entry;
}

/** The detector keywords that occur in `text` (case-insensitively), as a whole-file scan sees them. */
export function keywordsIn(project: ProjectConfig, text: string): string[] {
  const { keywords } = scannersFor(project);
  const hits = keywords.search(text, 0, text.length);
  return hits.found.map((index) => keywords.keywords[index]!);
}

/** Decides how a committed file's bytes are scanned; never answers "not at all". */
export function scannableBlob(project: ProjectConfig, path: string, bytes: Uint8Array): ScannableBlob {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary')
    return { text: decoded.strings, mode: 'strings', note: 'binary: its printable runs were scanned with the provider-specific detectors' };
  const encoding = decoded.encoding === 'utf-8' ? {} : { encoding: decoded.encoding };
  const pathSkip = project.scanner.skipForPath(path);
  if (!pathSkip) return { text: decoded.text, mode: 'full', ...encoding };
  // A text file with a binary extension (`.dat`, `.bin`) is text: every detector applies.
  if (pathSkip.reason === 'binary-extension')
    return { text: decoded.text, mode: 'full', note: `${pathSkip.detail}, but text: scanned in full`, ...encoding };
  return {
    text: decoded.text,
    mode: 'specific',
    note: `${pathSkip.reason} (${pathSkip.detail}): scanned with the provider-specific detectors only`,
    ...encoding,
  };
}

/** How a text file at `path` is scanned (a patch's hunks, where the bytes are not at hand). */
export function modeForPath(project: ProjectConfig, path: string): ScanMode {
  const pathSkip = project.scanner.skipForPath(path);
  return !pathSkip || pathSkip.reason === 'binary-extension' ? 'full' : 'specific';
}

export interface PartScan {
  readonly findings: Finding[];
  /** Set when the scan is incomplete (time budget, engine error): the caller must fail. */
  readonly incomplete?: string;
  /** Set when the engine refused the text for a reason other than time (too large …). */
  readonly skipped?: string;
  /** Keywords found in the scanned text. */
  readonly keywords: readonly string[];
}

function outcome(result: ScanResult): PartScan {
  const base = { findings: [...result.findings], keywords: result.keywords ?? [] };
  if (!result.skipped) return base;
  const reason = `${result.skipped.reason}: ${result.skipped.detail}`;
  return result.skipped.reason === 'time-limit' ? { ...base, incomplete: reason } : { ...base, skipped: reason };
}

/**
 * Scans `text` (or the regions of it) the way `mode` says. With `documentKeywords`, regions are
 * scanned knowing the whole file's keywords. Regions' findings are merged without duplicates.
 */
export function scanPart(
  project: ProjectConfig,
  path: string,
  text: string,
  mode: ScanMode,
  regions?: readonly Range[],
  documentKeywords?: readonly string[],
): PartScan {
  const scanner = mode === 'full' ? project.scanner : scannersFor(project).specific();
  const options = { ignorePathFilters: true, ...(documentKeywords ? { documentKeywords } : {}) };
  if (!regions) return outcome(scanner.scan({ text, path }, documentKeywords ? [0, text.length] : undefined, options));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const keywords = new Set<string>();
  for (const region of regions) {
    const part = outcome(scanner.scan({ text, path }, region, options));
    if (part.incomplete || part.skipped)
      return { findings, keywords: [...keywords], ...(part.incomplete ? { incomplete: part.incomplete } : { skipped: part.skipped! }) };
    for (const k of part.keywords) keywords.add(k);
    for (const finding of part.findings) {
      const key = `${finding.range[0]}:${finding.range[1]}:${finding.detectorId}`;
      if (!seen.has(key)) {
        seen.add(key);
        findings.push(finding);
      }
    }
  }
  return { findings, keywords: [...keywords] };
}
