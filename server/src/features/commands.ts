/**
 * `workspace/executeCommand`: the workspace scan, detector documentation, fix 5 for clients
 * without `codeAction/resolve`, and creating the files a client cannot create itself. Every write
 * goes through the injected files (features/files.ts): never through a symbolic link, never over
 * an existing file, only inside a workspace folder.
 */
import { basename, dirname } from 'node:path';
import { DETECTORS_BY_ID } from '../engine/index.js';
import { linkRefusal, moveToEnvRefusal } from '../codeActions.js';
import { Commands, detectorDocUri, type CreateFilesArgs, type MoveToEnvArgs } from '../protocol.js';
import { CONFIG_FILE } from '../project/configFile.js';
import type { ConfigFiles } from './configFiles.js';
import type { QuickFixes } from './quickFixes.js';
import { fsPathOf, isInside, type ServerState } from './state.js';
import type { WorkspaceScanning } from './workspaceScanning.js';

const CREATABLE = new Set([CONFIG_FILE, '.env', '.gitignore']);

export function registerCommands(
  state: ServerState,
  quickFixes: QuickFixes,
  configFiles: ConfigFiles,
  workspaceScan: WorkspaceScanning,
): void {
  const { connection } = state;

  /** Creates `.leakproof.json`, `.env` or `.gitignore` inside a workspace folder (appends to line files that appeared meanwhile). */
  function createFiles(args: CreateFilesArgs | undefined): void {
    for (const file of args?.files ?? []) {
      const path = fsPathOf(file.uri);
      if (!path || !CREATABLE.has(basename(path)) || typeof file.content !== 'string') continue;
      const dir = dirname(path);
      const folder = state.folderOf(path);
      const allowed = state.folders.length === 0 ? state.disk.exists(dir) : folder !== undefined && isInside(folder.path, dir);
      if (!allowed) continue;
      // The same rule as fix 5: a secret may be on its way into `.env`, never through a link.
      const refusal =
        basename(path) === '.env' ? moveToEnvRefusal(path, folder?.path, state.disk) : linkRefusal([path], folder?.path, state.disk);
      if (refusal) {
        state.log(`did not write ${basename(path)}: ${refusal}`);
        continue;
      }
      if (!state.disk.exists(path)) state.disk.create(path, file.content);
      else if (basename(path) !== CONFIG_FILE) {
        const current = state.disk.read(path)?.text ?? '';
        state.disk.append(path, `${current.length > 0 && !current.endsWith('\n') ? '\n' : ''}${file.content}`);
      }
      if (basename(path) === CONFIG_FILE) configFiles.changed(path);
    }
  }

  connection.onExecuteCommand(
    state.guard('executeCommand', undefined, async (params, token) => {
      const args = params.arguments ?? [];
      switch (params.command) {
        case Commands.scanWorkspace:
          return workspaceScan.scanWorkspace({}, token);
        case Commands.openDocumentation: {
          const id = String(args[0] ?? '');
          const uri = detectorDocUri(state.docsBaseUri, id);
          if (state.caps.showDocument) {
            await connection.window.showDocument({ uri, external: !uri.startsWith('file:'), takeFocus: true });
          } else {
            const guide = DETECTORS_BY_ID.get(id)?.guide;
            void connection.window.showInformationMessage(
              `Leakproof: documentation for ${id}: ${uri}${guide?.url ? ` — revoke at ${guide.url}` : ''}`,
            );
          }
          return undefined;
        }
        case Commands.moveToEnv: {
          const move = args[0] as MoveToEnvArgs | undefined;
          if (!move || !state.caps.edits.applyEdit) return undefined;
          const resolved = await quickFixes.resolveMoveToEnv(move);
          if (resolved?.kind !== 'edit') return undefined;
          if (resolved.edit)
            await connection.workspace.applyEdit({ label: `Move to an environment variable (${resolved.name})`, edit: resolved.edit });
          if (resolved.command?.command === Commands.createFiles) createFiles(resolved.command.arguments?.[0] as CreateFilesArgs);
          return undefined;
        }
        case Commands.createFiles:
          createFiles(args[0] as CreateFilesArgs | undefined);
          return undefined;
        default:
          return undefined;
      }
    }),
  );
}
