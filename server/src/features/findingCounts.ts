/**
 * What the server reports now, counted in one place: each open document's latest diagnostics, and
 * the workspace scan's results for files that are not open. The status notification carries the
 * counts (any LSP client may show them; VS Code's status bar counts its Problems panel instead, see
 * client/src/statusBar.ts) and the summary request lists the files.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { FindingsSummaryRequest, type FileFindings, type FindingCounts, type FindingData, type FindingsSummary } from '../protocol.js';
import type { ServerState } from './state.js';

/** The part of the server state the counts are read from. */
export interface CountSources {
  /** Latest diagnostics of each open document, by its URI. */
  readonly openDiagnostics: ReadonlyMap<string, readonly Diagnostic[]>;
  /** The workspace scan's diagnostics, by file URI (open files included: the open document wins). */
  readonly workspaceResults: ReadonlyMap<string, readonly Diagnostic[]>;
  /** The URI a workspace-scan file is open under (editors may spell a file's URI differently), if it is open. */
  readonly openUriOf: (uri: string) => string | undefined;
  /** How a file is named in the summary (its path relative to its workspace folder). */
  readonly labelOf: (uri: string) => string;
}

function findingData(diagnostic: Diagnostic): Partial<FindingData> | undefined {
  const data = diagnostic.data as Partial<FindingData> | undefined;
  return typeof data?.fingerprint === 'string' ? data : undefined;
}

function entryOf(uri: string, diagnostics: readonly Diagnostic[], from: FileFindings['from'], label: string): FileFindings | undefined {
  let secrets = 0;
  let localOnly = 0;
  const detectors = new Map<string, number>();
  let first: Diagnostic | undefined;
  for (const diagnostic of diagnostics) {
    const data = findingData(diagnostic);
    if (!data) continue; // a config problem or a "not scanned" note is not a finding
    if (data.localOnly === true) localOnly++;
    else secrets++;
    const id = data.detectorId ?? String(diagnostic.code ?? '');
    detectors.set(id, (detectors.get(id) ?? 0) + 1);
    if (!first || compareStart(diagnostic, first) < 0) first = diagnostic;
  }
  if (!first) return undefined;
  return {
    uri,
    label,
    secrets,
    localOnly,
    line: first.range.start.line,
    character: first.range.start.character,
    detectors: [...detectors.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
    from,
  };
}

function compareStart(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** Each file's diagnostics once: open documents, then the workspace scan's files that are not open. */
function* filesOf(sources: CountSources): Generator<[uri: string, diagnostics: readonly Diagnostic[], from: FileFindings['from']]> {
  for (const [uri, diagnostics] of sources.openDiagnostics) yield [uri, diagnostics, 'open'];
  for (const [uri, diagnostics] of sources.workspaceResults) {
    // An open document's own diagnostics win once it has any (until then, the scan's result stands).
    const openUri = sources.openUriOf(uri);
    if (sources.openDiagnostics.has(uri) || (openUri !== undefined && sources.openDiagnostics.has(openUri))) continue;
    yield [uri, diagnostics, 'workspace'];
  }
}

export function summarizeFindings(sources: CountSources): FindingsSummary {
  const entries: FileFindings[] = [];
  for (const [uri, diagnostics, from] of filesOf(sources)) {
    const entry = entryOf(uri, diagnostics, from, sources.labelOf(uri));
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => b.secrets - a.secrets || b.localOnly - a.localOnly || a.label.localeCompare(b.label));
  return { ...countFindings(sources), entries };
}

/**
 * The counts alone, for the status sent after every settled scan (each keystroke): no labels,
 * detector lists or sorting, which only the summary request needs.
 */
export function countFindings(sources: CountSources): FindingCounts {
  let secrets = 0;
  let files = 0;
  let localOnly = 0;
  for (const [, diagnostics] of filesOf(sources)) {
    let fileSecrets = 0;
    for (const diagnostic of diagnostics) {
      const data = findingData(diagnostic);
      if (!data) continue;
      if (data.localOnly === true) localOnly++;
      else fileSecrets++;
    }
    secrets += fileSecrets;
    if (fileSecrets > 0) files++;
  }
  return { secrets, files, localOnly };
}

/** `leakproof/findingsSummary`: what a status bar's click lists. */
export function registerFindingsSummary(state: ServerState): void {
  const empty: FindingsSummary = { secrets: 0, files: 0, localOnly: 0, entries: [] };
  state.connection.onRequest(
    FindingsSummaryRequest,
    state.guard('findingsSummary', empty, () => state.findingsSummary()),
  );
}
