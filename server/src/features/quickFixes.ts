/**
 * Code actions: the quick fixes of codeActions.ts offered for the findings under the cursor, and
 * "move to an environment variable" resolved only when picked (its edit carries the secret). A
 * refusal (a `.env` that is a link or tracked by git) is shown to the user instead of an edit.
 */
import { dirname } from 'node:path';
import { CodeActionKind, MessageType, ShowMessageNotification, type CodeAction, type Command } from 'vscode-languageserver/node';
import {
  actionsFor,
  allowedByLine,
  fileUri,
  resolveMoveToEnv,
  type ActionContext,
  type FileView,
  type MoveToEnvResolution,
} from '../codeActions.js';
import { languageOf } from '../comments.js';
import { gitQuery } from '../project/git.js';
import { isAllowlisted } from '../diagnostics.js';
import type { DocumentState } from '../documents.js';
import type { Finding } from '../engine/index.js';
import { DIAGNOSTIC_SOURCE, type CodeActionData, type FindingData, type MoveToEnvArgs } from '../protocol.js';
import type { Publishing } from './publishing.js';
import { fsPathOf, type ServerState } from './state.js';

export class QuickFixes {
  private readonly userNames = new Map<string, string | undefined>();

  constructor(
    private readonly state: ServerState,
    private readonly publishing: Publishing,
  ) {}

  register(): void {
    const { state } = this;
    const emptyActions: (CodeAction | Command)[] = [];
    state.connection.onCodeAction(
      state.guard('codeAction', emptyActions, async (params, token) => {
        const only = params.context.only;
        if (
          only &&
          !only.some(
            (kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty,
          )
        )
          return [];
        const doc = await this.publishing.settledState(params.textDocument.uri, token, 3000);
        if (!doc) return [];
        const start = doc.document.offsetAt(params.range.start);
        const end = doc.document.offsetAt(params.range.end);
        const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
        const fingerprintOf = (d: (typeof ours)[number]) => (d.data as FindingData | undefined)?.fingerprint;
        const findings = doc.findings.filter(
          (f) =>
            !isAllowlisted(f) &&
            ((f.range[0] <= end && f.range[1] >= start) ||
              ours.some((d) => fingerprintOf(d) === f.fingerprint && doc.document.offsetAt(d.range.start) === f.range[0])),
        );
        const context = this.actionContext(doc);
        const actions: CodeAction[] = [];
        for (const finding of findings) {
          const diagnostics = ours.filter(
            (d) =>
              fingerprintOf(d) === finding.fingerprint ||
              (d.code === finding.detectorId && doc.document.offsetAt(d.range.start) === finding.range[0]),
          );
          actions.push(...actionsFor(context, finding, diagnostics));
        }
        if (!state.caps.codeActionLiterals) return actions.flatMap((a) => (a.command ? [a.command] : []));
        return actions;
      }),
    );

    state.connection.onCodeActionResolve(
      state.guard('codeAction/resolve', undefined as unknown as CodeAction, async (action: CodeAction) => {
        const data = action.data as CodeActionData | undefined;
        if (data?.kind !== 'moveToEnv') return action;
        const resolved = await this.resolveMoveToEnv(data);
        if (resolved?.kind !== 'edit') return action;
        if (resolved.edit) action.edit = resolved.edit;
        if (resolved.command) action.command = resolved.command;
        return action;
      }),
    );
  }

  /** Fix 5 for the finding `move` names; a refusal is shown to the user here. */
  async resolveMoveToEnv(move: MoveToEnvArgs): Promise<MoveToEnvResolution | undefined> {
    const doc = await this.publishing.settledState(move.uri, undefined, 3000);
    const finding = doc ? findingFor(doc, move.fingerprint, move.offset) : undefined;
    if (!doc || !finding) return undefined;
    const resolved = resolveMoveToEnv(this.actionContext(doc), finding, this.state.disk);
    if (resolved?.kind === 'refused')
      void this.state.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: resolved.reason });
    // How the variable gets loaded for this language: without it the moved secret is a broken program.
    if (resolved?.kind === 'edit')
      void this.state.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `Leakproof: ${resolved.hint}`,
      });
    return resolved;
  }

  /** `git config user.name` as seen from `dir`, asked once per folder (code actions are requested often). */
  private gitUserName(dir: string | undefined): string | undefined {
    if (!dir) return undefined;
    if (!this.userNames.has(dir)) {
      // No git, or no name configured: no name.
      const name = gitQuery(['config', 'user.name'], dir, { timeoutMs: 5000 })?.toString('utf8').trim() || undefined;
      this.userNames.set(dir, name);
    }
    return this.userNames.get(dir);
  }

  private readFile(path: string): FileView {
    const doc = this.state.openDocumentAt(path);
    if (doc) return { uri: doc.uri, path, text: doc.document.getText(), version: doc.version };
    const read = this.state.disk.read(path);
    return { uri: fileUri(path), path, text: read?.text, version: null };
  }

  private actionContext(doc: DocumentState): ActionContext {
    const { state } = this;
    const path = fsPathOf(doc.uri);
    const folder = state.folderOf(path);
    const dir = path ? dirname(path) : folder?.path;
    const loaded = dir ? state.configs.forDirectory(dir, folder?.path ?? dir) : undefined;
    return {
      state: doc,
      language: languageOf(doc.document.languageId, path),
      path,
      folder: folder?.path,
      config: {
        ...(loaded?.file ? { file: loaded.file } : {}),
        root: loaded?.root ?? folder?.path ?? '',
        config: loaded?.config ?? {
          allowlist: [],
          detectors: { disable: [], enable: [] },
          customDetectors: [],
          scan: { includeExtensions: [], exclude: [] },
        },
        broken: loaded?.error !== undefined,
      },
      support: state.caps.edits,
      allowedBy: allowedByLine(this.gitUserName(folder?.path ?? dir), new Date()),
      readFile: (p) => this.readFile(p),
    };
  }
}

/** The finding with this fingerprint nearest to `offset` (the document may have moved it). */
function findingFor(doc: DocumentState, fingerprint: string, offset: number): Finding | undefined {
  let best: Finding | undefined;
  for (const finding of doc.findings) {
    if (finding.fingerprint !== fingerprint) continue;
    if (!best || Math.abs(finding.range[0] - offset) < Math.abs(best.range[0] - offset)) best = finding;
  }
  return best;
}
