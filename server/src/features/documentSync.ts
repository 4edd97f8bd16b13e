/**
 * Document sync: open, change, save, close, and settings changes. A change for a version the
 * document already has passed is ignored (LSP versions only grow; applying it would put an older
 * text over a newer one).
 */
import { DocumentState } from '../documents.js';
import { SETTINGS_SECTION } from '../protocol.js';
import { normalizeSettings } from '../settings.js';
import { isConfigPath, isGitignorePath, type ConfigFiles } from './configFiles.js';
import type { Publishing } from './publishing.js';
import { fsPathOf, type ServerState } from './state.js';
import type { WorkspaceScanning } from './workspaceScanning.js';

export function registerDocumentSync(
  state: ServerState,
  publishing: Publishing,
  configFiles: ConfigFiles,
  workspaceScan: WorkspaceScanning,
): void {
  const { connection } = state;

  connection.onDidOpenTextDocument(
    state.guardNotification('didOpen', (params) => {
      const { uri, languageId, version, text } = params.textDocument;
      const old = state.docs.get(uri);
      if (old) old.closed = true;
      const doc = new DocumentState(uri, languageId, version, text);
      state.docs.set(uri, doc);
      const path = fsPathOf(uri);
      if (path) state.uriByPath.set(path, uri);
      if (path) state.gitPlacements.refresh(path); // in the background: the scan does not wait for git
      if (path) state.secretHistories.refresh(path);
      if (isConfigPath(path)) configFiles.changed(path);
      if (state.caps.pull && state.workspaceResults.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      publishing.validator.validateNow(doc);
    }),
  );

  connection.onDidChangeTextDocument(
    state.guardNotification('didChange', (params) => {
      const doc = state.docs.get(params.textDocument.uri);
      if (!doc) return;
      const version = params.textDocument.version;
      // Versions only grow (LSP). A change for an older or equal version was computed against text
      // this server no longer has: applying it would put an older version over a newer one.
      if (!Number.isInteger(version) || version <= doc.version) {
        state.log(`ignored a change to ${doc.uri} for version ${String(version)}: the document is already at version ${doc.version}`);
        return;
      }
      doc.applyChanges(params.contentChanges, version);
      publishing.validator.changed(doc);
      const path = fsPathOf(doc.uri);
      if (isConfigPath(path)) configFiles.changed(path, 300);
    }),
  );

  connection.onDidSaveTextDocument(
    state.guardNotification('didSave', (params) => {
      const doc = state.docs.get(params.textDocument.uri);
      if (doc) publishing.validator.saved(doc);
      const path = fsPathOf(params.textDocument.uri);
      if (isConfigPath(path)) configFiles.changed(path);
      if (isGitignorePath(path)) state.gitPlacements.refreshAll();
      else if (path) state.gitPlacements.refresh(path);
      if (path) state.secretHistories.refresh(path);
    }),
  );

  connection.onDidCloseTextDocument(
    state.guardNotification('didClose', async (params) => {
      const uri = params.textDocument.uri;
      const doc = state.docs.get(uri);
      if (doc) doc.closed = true;
      state.docs.delete(uri);
      publishing.forget(uri);
      const path = fsPathOf(uri);
      if (path && state.uriByPath.get(path) === uri) {
        state.uriByPath.delete(path);
        state.gitPlacements.forget(path);
        state.secretHistories.forget(path);
      }
      if (isConfigPath(path)) configFiles.changed(path);
      if (state.workspaceResults.has(uri) && path) await workspaceScan.rescanClosedFile(uri, path);
      else if (!state.caps.pull)
        // A broken config stays listed.
        void connection.sendDiagnostics({ uri, diagnostics: isConfigPath(path) ? configFiles.errorDiagnostics(path) : [] });
      state.sendStatus();
    }),
  );

  connection.onDidChangeConfiguration(
    state.guardNotification('didChangeConfiguration', (params) => {
      const raw = (params.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
      if (raw !== undefined) state.globalSettings = normalizeSettings(raw);
      publishing.revalidateAll();
    }),
  );
}
