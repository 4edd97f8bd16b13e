/**
 * What a full scan of a text says, as diagnostics would show it (code and range): the oracle the
 * protocol tests compare the server's incremental results with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { reportedFindings } from '../../server/src/diagnostics.js';
import { InProcessExecutor, type ScannerSpec } from '../../server/src/scanning.js';

const executor = new InProcessExecutor();

export function expectedDiagnostics(text: string, path?: string, spec: Partial<ScannerSpec> = {}): string[] {
  const full: ScannerSpec = {
    key: JSON.stringify(spec),
    root: '/',
    toggles: {},
    maxSize: 10 * 1024 * 1024,
    ignorePathFilters: true,
    ...spec,
  };
  const document = TextDocument.create('file:///x', 'plaintext', 0, text);
  const findings = reportedFindings(executor.scanNow({ spec: full, text, ...(path ? { path } : {}) })[0]!.findings);
  return findings.map((f) =>
    describe({ code: f.detectorId, range: { start: document.positionAt(f.range[0]), end: document.positionAt(f.range[1]) } }),
  );
}

export function describe(d: Pick<Diagnostic, 'code' | 'range'>): string {
  return `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

export function describeAll(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.code !== 'not-scanned').map(describe);
}

const created: string[] = [];
after(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh workspace folder (a git repository root: it has a `.git` folder). */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-lsp-'));
  created.push(dir);
  return dir;
}
