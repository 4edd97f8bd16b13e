/**
 * What the server reports now, counted in one place: each open document's latest diagnostics, and
 * the workspace scan's results for files that are not open. The status notification carries the
 * counts and the summary request lists the files, so a client's status bar needs no count of its
 * own — a client that counts its diagnostic collections sees pushed and pulled copies of one file,
 * or a collection not yet cleared after a fix (the stale "1" of issue 12 item 6).
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

export function summarizeFindings(sources: CountSources): FindingsSummary {
  const entries: FileFindings[] = [];
  for (const [uri, diagnostics] of sources.openDiagnostics) {
    const entry = entryOf(uri, diagnostics, 'open', sources.labelOf(uri));
    if (entry) entries.push(entry);
  }
  for (const [uri, diagnostics] of sources.workspaceResults) {
    // An open document's own diagnostics win once it has any (until then, the scan's result stands).
    const openUri = sources.openUriOf(uri);
    if (sources.openDiagnostics.has(uri) || (openUri !== undefined && sources.openDiagnostics.has(openUri))) continue;
    const entry = entryOf(uri, diagnostics, 'workspace', sources.labelOf(uri));
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => b.secrets - a.secrets || b.localOnly - a.localOnly || a.label.localeCompare(b.label));
  return { ...countsOf(entries), entries };
}

function countsOf(entries: readonly FileFindings[]): FindingCounts {
  let secrets = 0;
  let files = 0;
  let localOnly = 0;
  for (const entry of entries) {
    secrets += entry.secrets;
    localOnly += entry.localOnly;
    if (entry.secrets > 0) files++;
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
