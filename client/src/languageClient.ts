/**
 * The language client: starts dist/server.js over IPC and tells it which documents and settings to
 * look at. Settings are answered per resource — the document's folder *and* language, so
 * `"[markdown]": { "leakproof.enable": false }` works (vscode-eslint habit: never server globals).
 * Links into the detector documentation are turned into the local documentation command.
 */
import { addReasonPrompt, withReasonPrompt } from './allowReason.js';
import * as vscode from 'vscode';
import {
  LanguageClient,
  ResponseError,
  RevealOutputChannelOn,
  TransportKind,
  vsdiag,
  type ConfigurationParams,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SETTINGS_SECTION, type InitializationOptions } from '../../server/src/protocol.js';
import { COMMANDS } from './commandIds.js';
import type { DetectorDocs } from './detectorDocs.js';

export const CLIENT_ID = 'leakproof';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, docs: DetectorDocs): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = {
    docsBaseUri: docs.baseUri,
    // Read once per server start: the scan follows the documents open at start-up (issue 12 items 5, 6).
    scanWorkspaceOnStartup: vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('scanWorkspaceOnStartup', true),
  };
  const clientOptions: LanguageClientOptions = {
    // Secrets hide in every kind of file: saved ones and unsaved (untitled) ones alike.
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    diagnosticCollectionName: CLIENT_ID,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions,
    // When the server uses pull diagnostics: pull after edits and after saves (with
    // `leakproof.run: onSave` the scan happens at the save, and only a pull then shows it).
    diagnosticPullOptions: { onChange: true, onSave: true },
    synchronize: {
      // Tells the server to re-read settings (it pulls them per resource, see `configuration` below).
      configurationSection: SETTINGS_SECTION,
      // Project configuration and ignore files change what is reported without any document changing.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.leakproof.json'),
        vscode.workspace.createFileSystemWatcher('**/.leakproof-baseline.json'),
        vscode.workspace.createFileSystemWatcher('**/.gitignore'),
      ],
    },
    // Server Markdown may run this one command (the documentation link) and no other.
    markdown: { isTrusted: { enabledCommands: [COMMANDS.showDetectorDocs] }, supportHtml: false },
    middleware: {
      workspace: {
        configuration: (params, token, next) => resolveConfiguration(params, token, next),
      },
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (hover)
          for (const content of hover.contents)
            if (content instanceof vscode.MarkdownString) content.value = docLinksToCommand(content.value, docs);
        return hover;
      },
      // Allowlist fixes ask why after their edit (issue 12 item 7; allowReason.ts).
      provideCodeActions: async (document, range, context, token, next) => withReasonPrompt(await next(document, range, context, token)),
      resolveCodeAction: async (item, token, next) => {
        const resolved = await next(item, token);
        return resolved ? addReasonPrompt(resolved) : resolved;
      },
      // Pushed and pulled diagnostics alike (the server picks the model the client supports).
      handleDiagnostics: (uri, diagnostics, next) => next(uri, codeLinksToLines(diagnostics, docs)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && report.kind === vsdiag.DocumentDiagnosticReportKind.full) codeLinksToLines(report.items, docs);
        return report;
      },
      window: {
        // "Learn about …" (server command) asks to show `<docs>#anchor`: open it in the preview.
        showDocument: async (params, next) => {
          const anchor = docs.anchorOfLink(params.uri);
          if (!anchor) {
            const result = await next(params, new vscode.CancellationTokenSource().token);
            return result instanceof ResponseError ? { success: false } : result;
          }
          return { success: (await docs.open(anchor)) !== undefined };
        },
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'Leakproof', serverOptions, clientOptions);
}

/** Rewrites `](<docsBaseUri>#anchor)` links to the trusted local documentation command. */
export function docLinksToCommand(markdown: string, docs: DetectorDocs): string {
  const base = docs.baseUri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return markdown.replace(new RegExp(`\\]\\(${base}#([A-Za-z0-9-]+)\\)`, 'g'), (_link, anchor: string) => {
    const args = encodeURIComponent(JSON.stringify([anchor]));
    return `](command:${COMMANDS.showDetectorDocs}?${args} "Open the detector documentation")`;
  });
}

/**
 * The Problems panel opens a diagnostic's code link itself, and a `#anchor` means nothing to a text
 * editor: point the link at the entry's line instead (`#L<line>`), so it lands on the detector.
 */
function codeLinksToLines(diagnostics: vscode.Diagnostic[], docs: DetectorDocs): vscode.Diagnostic[] {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (typeof code !== 'object' || !code.target) continue;
    const anchor = docs.anchorOfLink(code.target);
    const target = anchor ? docs.lineLink(anchor) : undefined;
    if (target) diagnostic.code = { value: code.value, target };
  }
  return diagnostics;
}

type ConfigurationNext = (params: ConfigurationParams, token: vscode.CancellationToken) => unknown;

/**
 * Answers `workspace/configuration` for our section with the settings that apply to the document
 * itself (folder + language overrides); anything else gets the default answer.
 */
async function resolveConfiguration(
  params: ConfigurationParams,
  token: vscode.CancellationToken,
  next: ConfigurationNext,
): Promise<unknown[]> {
  const fallback = (await next(params, token)) as unknown[];
  if (!Array.isArray(fallback)) return fallback;
  return params.items.map((item, index) => {
    if (item.section !== SETTINGS_SECTION || !item.scopeUri) return fallback[index];
    return toPlain(vscode.workspace.getConfiguration(SETTINGS_SECTION, scopeFor(item.scopeUri)));
  });
}

/** An open document carries its language too; otherwise the URI (folder settings) is the scope. */
function scopeFor(scopeUri: string): vscode.ConfigurationScope {
  return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === scopeUri) ?? vscode.Uri.parse(scopeUri);
}

/** A WorkspaceConfiguration is an object with methods; the server gets plain JSON. */
function toPlain(config: vscode.WorkspaceConfiguration): Record<string, unknown> {
  return JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
}
