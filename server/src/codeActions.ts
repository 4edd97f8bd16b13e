/**
 * Quick fixes for a finding, each a correct WorkspaceEdit for what the client can apply:
 *  1. allow on this line (language-aware comment, merged with one already there);
 *  2. allow this secret everywhere (its salted hash into `.leakproof.json`, created when missing,
 *     with the repository's salt added when it has none);
 *  3. ignore files matching this path;  4. disable the detector for the workspace;
 *  5. move to an environment variable (lookup in code, `NAME=value` in `.env`, `.env` git-ignored);
 *  6. learn about this secret type (opens its documentation).
 * `.leakproof.json` edits go through jsonc-parser's `modify`, so comments and formatting survive.
 * Fix 5 writes the value into `.env` — that is its point — so its edit is computed only when the
 * user picks it (`codeAction/resolve`, or a command for clients without resolve).
 */
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore from 'ignore';
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import {
  CodeActionKind,
  type CodeAction,
  type Command,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
  type CreateFile,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LeakproofConfig } from './engine/config.js';
import { newSalt, secretHash, type Finding } from './engine/index.js';
import { allowCommentEdit, commentSyntax } from './comments.js';
import type { DocumentState } from './documents.js';
import {
  connectionEnvName,
  connectionLiteral,
  deriveEnvName,
  dotenvLine,
  dotenvNames,
  envLanguage,
  envLoadingHint,
  envLookup,
  goConstRewrite,
  importInsertion,
  isKubernetesSecret,
  literalAround,
  toEnvName,
  type EnvLanguage,
  type Literal,
} from './environment.js';
import { CodeActionTitles, Commands, type CodeActionData, type CreateFilesArgs, type MoveToEnvArgs } from './protocol.js';
import { CONFIG_FILE } from './project/configFile.js';

/** What the client can apply (negotiated in `initialize`). */
export interface EditSupport {
  readonly documentChanges: boolean;
  /** `documentChanges` with the `create` resource operation. */
  readonly createFiles: boolean;
  /** `codeAction/resolve` may fill in `edit`. */
  readonly resolveEdit: boolean;
  /** `workspace/applyEdit` (for command-driven fixes). */
  readonly applyEdit: boolean;
}

/** A file as the editor sees it: the open buffer when there is one, else the disk; `text` undefined when missing. */
export interface FileView {
  readonly uri: string;
  readonly path: string;
  readonly text: string | undefined;
  /** Version of the open buffer; null when read from disk. */
  readonly version: number | null;
}

export interface ActionContext {
  readonly state: DocumentState;
  readonly language: string;
  /** File-system path of the document (undefined for untitled buffers). */
  readonly path: string | undefined;
  /** Workspace folder holding the document (where new `.leakproof.json` and `.env` go). */
  readonly folder: string | undefined;
  /** The `.leakproof.json` in force (file undefined when there is none) and whether it parses. */
  readonly config: { readonly file?: string; readonly root: string; readonly config: LeakproofConfig; readonly broken: boolean };
  readonly support: EditSupport;
  /** Who allows and when, for the reasons fixes write: "allowed in editor by <git user.name>, <date>". */
  readonly allowedBy: string;
  readFile(path: string): FileView;
}

/** An allowlist reason that says who chose what, and when (issue 12 item 7). */
export function allowReason(context: Pick<ActionContext, 'allowedBy'>, choice: string): string {
  return `${context.allowedBy}: ${choice}`;
}

/** "allowed in editor by Ada, 2026-03-14" (without a name when git has none configured). */
export function allowedByLine(userName: string | undefined, now: Date): string {
  const name = userName?.trim();
  return `allowed in editor${name ? ` by ${name}` : ''}, ${now.toISOString().slice(0, 10)}`;
}

// ---------------------------------------------------------------------------------------------
// Building WorkspaceEdits across files
// ---------------------------------------------------------------------------------------------

interface OffsetEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/** Collects edits per file and renders them for what the client supports. */
class EditBuilder {
  private readonly edits: { view: FileView; edits: OffsetEdit[] }[] = [];
  private readonly creates: { uri: string; content: string }[] = [];

  constructor(private readonly support: EditSupport) {}

  edit(view: FileView, edits: readonly OffsetEdit[]): void {
    if (edits.length === 0) return;
    const existing = this.edits.find((e) => e.view.uri === view.uri);
    if (existing) existing.edits.push(...edits);
    else this.edits.push({ view, edits: [...edits] });
  }

  create(uri: string, content: string): void {
    this.creates.push({ uri, content });
  }

  /** The edit, plus a command creating files the client cannot create itself. */
  build(): { edit?: WorkspaceEdit; command?: Command } {
    const textEditsOf = (view: FileView, edits: readonly OffsetEdit[]): TextEdit[] => {
      const document = TextDocument.create(view.uri, '', 0, view.text ?? '');
      return edits.map((e) => ({
        range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
        newText: e.content,
      }));
    };
    const filesToCreate = this.support.createFiles ? [] : this.creates;
    const command: Command | undefined =
      filesToCreate.length > 0
        ? { title: 'Create files', command: Commands.createFiles, arguments: [{ files: filesToCreate } satisfies CreateFilesArgs] }
        : undefined;
    if (this.edits.length === 0 && (this.creates.length === 0 || !this.support.createFiles)) return command ? { command } : {};
    let edit: WorkspaceEdit;
    if (this.support.documentChanges) {
      const changes: (TextDocumentEdit | CreateFile)[] = this.edits.map(({ view, edits }) => ({
        textDocument: { uri: view.uri, version: view.version },
        edits: textEditsOf(view, edits),
      }));
      if (this.support.createFiles) {
        for (const { uri, content } of this.creates) {
          changes.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
          changes.push({
            textDocument: { uri, version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }],
          });
        }
      }
      edit = { documentChanges: changes };
    } else {
      edit = { changes: Object.fromEntries(this.edits.map(({ view, edits }) => [view.uri, textEditsOf(view, edits)])) };
    }
    return { edit, ...(command ? { command } : {}) };
  }
}

function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Indentation and line ends of an existing JSON text, so inserted entries look like their neighbours. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 4, eol }
    : { insertSpaces: true, tabSize: Math.min(8, indent.length), eol };
}

/** Edits `.leakproof.json` (or creates it) with jsonc-parser: comments and formatting are kept. */
function editConfig(
  builder: EditBuilder,
  view: FileView,
  changes: readonly { path: JSONPath; value: unknown; insert: boolean }[],
): boolean {
  const original = view.text ?? '';
  const blank = original.trim() === '';
  let text = blank ? '{}' : original;
  const formattingOptions = blank ? { insertSpaces: true, tabSize: 2, eol: '\n' } : formattingOf(original);
  let single: OffsetEdit[] | undefined;
  for (const change of changes) {
    const edits = modify(text, change.path, change.value, { formattingOptions, isArrayInsertion: change.insert });
    if (changes.length === 1) single = edits;
    text = applyEdits(text, edits);
  }
  if (view.text === undefined) {
    builder.create(view.uri, `${text}\n`);
  } else if (blank) {
    builder.edit(view, [{ offset: 0, length: original.length, content: `${text}\n` }]);
  } else if (single) {
    builder.edit(view, single);
  } else {
    builder.edit(view, [{ offset: 0, length: original.length, content: text }]);
  }
  return true;
}

function configView(context: ActionContext): FileView | undefined {
  if (context.config.broken) return undefined; // fix the file first: its diagnostic says how
  const file = context.config.file ?? context.folder ?? (context.path ? dirname(context.path) : undefined);
  if (!file) return undefined;
  return context.config.file ? context.readFile(context.config.file) : context.readFile(join(file, CONFIG_FILE));
}

function action(
  title: string,
  diagnostics: Diagnostic[],
  built: { edit?: WorkspaceEdit; command?: Command },
  preferred = false,
): CodeAction | undefined {
  if (!built.edit && !built.command) return undefined;
  return { title, kind: CodeActionKind.QuickFix, diagnostics, ...built, ...(preferred ? { isPreferred: true } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The six fixes
// ---------------------------------------------------------------------------------------------

/** 1. `leakproof:allow` on the secret's last line (else its first), in the language's comment syntax. */
export function allowOnLine(context: ActionContext, finding: Finding, diagnostics: Diagnostic[]): CodeAction | undefined {
  const document = context.state.document;
  const lastLine = document.positionAt(Math.max(finding.range[0], finding.range[1] - 1)).line;
  const firstLine = document.positionAt(finding.range[0]).line;
  for (const line of lastLine === firstLine ? [lastLine] : [lastLine, firstLine]) {
    const start = document.offsetAt({ line, character: 0 });
    const text = document
      .getText()
      .slice(start, document.offsetAt({ line: line + 1, character: 0 }))
      .replace(/\r?\n$/, '');
    const edit = allowCommentEdit(text, context.language);
    if (edit.kind === 'impossible') continue;
    const builder = new EditBuilder(context.support);
    builder.edit({ uri: context.state.uri, path: context.path ?? '', text: document.getText(), version: document.version }, [
      { offset: start + edit.character, length: 0, content: edit.text },
    ]);
    const syntax = commentSyntax(context.language);
    const shown =
      syntax.kind === 'line'
        ? `${syntax.token} leakproof:allow`
        : syntax.kind === 'block'
          ? `${syntax.open} leakproof:allow ${syntax.close}`
          : 'leakproof:allow';
    return action(`${CodeActionTitles.allowLine} (${shown})`, diagnostics, builder.build());
  }
  return undefined;
}

/**
 * Salts proposed for configurations that have none, by config path: the light bulb is asked again
 * and again, and each time must offer the same edit (and not pay the slow hash for a new salt).
 */
const proposedSalts = new Map<string, string>();

/**
 * 2. The secret's salted hash into `.leakproof.json` `allowlist` (never the secret). Without a
 * repository salt yet, the same edit adds one and the hash is derived with it; that needs the
 * value as it stands in the buffer, so a Base64-decoded finding is then allowed by line instead.
 */
export function allowEverywhere(context: ActionContext, finding: Finding, diagnostics: Diagnostic[]): CodeAction | undefined {
  const view = configView(context);
  if (!view) return undefined;
  const changes: { path: JSONPath; value: unknown; insert: boolean }[] = [];
  let hash = finding.secretHash;
  if (!context.config.config.salt) {
    if (finding.insights.some((i) => i.kind === 'decoded')) return undefined;
    const value = context.state.document.getText().slice(finding.range[0], finding.range[1]);
    let salt = proposedSalts.get(view.path);
    if (!salt) proposedSalts.set(view.path, (salt = newSalt()));
    hash = secretHash(value, salt);
    changes.push({ path: ['salt'], value: salt, insert: false });
  }
  changes.push({
    path: ['allowlist', -1],
    value: { hash, reason: allowReason(context, `this ${finding.title} (${finding.detectorId}) value, everywhere`) },
    insert: true,
  });
  const builder = new EditBuilder(context.support);
  editConfig(builder, view, changes);
  return action(`${CodeActionTitles.allowEverywhere} (${CONFIG_FILE})`, diagnostics, builder.build());
}

/** 3. A path glob into `.leakproof.json` `allowlist` (the file itself, or its test folder). */
export function ignorePath(context: ActionContext, finding: Finding, diagnostics: Diagnostic[]): CodeAction[] {
  const view = configView(context);
  if (!view || !context.path) return [];
  const root = dirname(view.path);
  const relativePath = relative(root, context.path).split(sep).join('/');
  if (!relativePath || relativePath.startsWith('../')) return [];
  // Glob metacharacters in names are escaped; a root-level name gets `./` (a bare name would match in every folder).
  const literal = relativePath.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
  const globs = [literal.includes('/') ? literal : `./${literal}`];
  const testFolder = /^(.*?(?:^|\/)(?:tests?|__tests__|spec|specs|fixtures?|testdata|e2e)\/)/i.exec(relativePath);
  if (finding.insights.some((i) => i.kind === 'test_file') && testFolder) globs.push(`${testFolder[1]}**`);
  return globs.flatMap((glob) => {
    const builder = new EditBuilder(context.support);
    editConfig(builder, view, [
      { path: ['allowlist', -1], value: { path: glob, reason: allowReason(context, `files matching '${glob}' ignored`) }, insert: true },
    ]);
    const made = action(`${CodeActionTitles.ignorePath} '${glob}' (${CONFIG_FILE})`, diagnostics, builder.build());
    return made ? [made] : [];
  });
}

/** 4. The detector id into `.leakproof.json` `detectors.disable`. */
export function disableDetector(context: ActionContext, finding: Finding, diagnostics: Diagnostic[]): CodeAction | undefined {
  const view = configView(context);
  if (!view) return undefined;
  const id = finding.detectorId;
  const changes: { path: JSONPath; value: unknown; insert: boolean }[] = [];
  const enableIndex = context.config.config.detectors.enable.indexOf(id);
  if (enableIndex !== -1) changes.push({ path: ['detectors', 'enable', enableIndex], value: undefined, insert: false });
  if (!context.config.config.detectors.disable.includes(id)) changes.push({ path: ['detectors', 'disable', -1], value: id, insert: true });
  if (changes.length === 0) return undefined;
  const builder = new EditBuilder(context.support);
  editConfig(builder, view, changes);
  return action(`${CodeActionTitles.disableDetector} '${id}' for this workspace (${CONFIG_FILE})`, diagnostics, builder.build());
}

/** One literal the fix replaces with a lookup, and the value (`value` offsets) that goes to `.env` under `name`. */
interface EnvMove {
  readonly literal: Literal;
  readonly name: string;
  readonly value: readonly [number, number];
}

/** What "move to an environment variable" does for one finding; `moves[0]` is the secret itself. */
export interface EnvTarget {
  readonly language: EnvLanguage;
  /** The secret and the parts that must move with it (AWS key id and secret key, DB user and password). */
  readonly moves: readonly EnvMove[];
  /** The main variable (the same name in hover and fix). */
  readonly name: string;
}

interface EnvPlan extends EnvTarget {
  readonly envPath: string;
}

function isDotenv(path: string | undefined, language: string): boolean {
  return language === 'dotenv' || (path !== undefined && /(?:^|[/\\])\.env(?:\.[^/\\]*)?$/.test(path));
}

/** Parts that say where, not who: they stay in the code (a host name is no secret). */
const LOCATION_PART = /host|endpoint|url|site|region/i;

/** The literal holding `[start, end)` — the value itself, or the connection string around it (moved whole) — and its variable. */
function moveAt(text: string, start: number, end: number, language: EnvLanguage, finding: Finding): EnvMove | undefined {
  const lineStartOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const literal = literalAround(text, start, end, language);
  if (literal) {
    const name = deriveEnvName(text.slice(lineStartOf(literal.start), literal.start), finding.detectorId, finding.kind);
    return { literal, name, value: [start, end] };
  }
  const connection = connectionLiteral(text, start, end, language);
  if (!connection) return undefined;
  const name = connectionEnvName(text.slice(lineStartOf(connection.start), connection.start), finding.detectorId, connection.database);
  const value = connection.quoted ? ([connection.start + 1, connection.end - 1] as const) : ([connection.start, connection.end] as const);
  return { literal: connection, name, value };
}

/**
 * What "move to an environment variable" would replace and the variables it would name, or
 * undefined when it cannot move this finding (the hover names the same variable). Not offered in a
 * Kubernetes `Secret` manifest: kubectl does not substitute `${VAR}`, a fix there cannot work.
 */
export function envTarget(text: string, finding: Finding, languageId: string, path: string | undefined): EnvTarget | undefined {
  const language = envLanguage(languageId);
  if (!language || !path || isDotenv(path, languageId)) return undefined;
  if (finding.insights.some((i) => i.kind === 'decoded')) return undefined; // the literal is Base64 of the secret
  if (language === 'yaml' && isKubernetesSecret(text)) return undefined;
  const main = moveAt(text, finding.range[0], finding.range[1], language, finding);
  if (!main) return undefined;
  const moves: EnvMove[] = [main];
  const names = new Set([main.name]);
  for (const part of finding.matches.slice(1)) {
    if (LOCATION_PART.test(part.name)) continue;
    const move = moveAt(text, part.range[0], part.range[1], language, finding);
    // Inside a literal that is moving already.
    if (!move || moves.some((m) => move.literal.start < m.literal.end && m.literal.start < move.literal.end)) continue;
    let name = move.name;
    if (names.has(name)) name = `${main.name}_${toEnvName(part.name)}`;
    names.add(name);
    moves.push({ ...move, name });
  }
  return { language, moves, name: main.name };
}

function planMoveToEnv(context: ActionContext, finding: Finding): EnvPlan | undefined {
  const target = envTarget(context.state.document.getText(), finding, context.language, context.path);
  if (!target || !context.path) return undefined;
  const folder = context.folder ?? dirname(context.path);
  return { ...target, envPath: join(folder, '.env') };
}

/** 5 (offer). Cheap: no value involved; the edit comes from `resolveMoveToEnv`. */
export function moveToEnv(context: ActionContext, finding: Finding, diagnostics: Diagnostic[]): CodeAction | undefined {
  const plan = planMoveToEnv(context, finding);
  if (!plan) return undefined;
  const args: MoveToEnvArgs = {
    uri: context.state.uri,
    version: context.state.version,
    fingerprint: finding.fingerprint,
    offset: finding.range[0],
  };
  const title = `${CodeActionTitles.moveToEnv} (${plan.name})`;
  if (context.support.resolveEdit) {
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      data: { kind: 'moveToEnv', ...args } satisfies CodeActionData,
    };
  }
  if (context.support.applyEdit) {
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      command: { title, command: Commands.moveToEnv, arguments: [args] },
    };
  }
  return undefined;
}

/** Is `.env` (at `envPath`) ignored by a `.gitignore` between its folder and the repository root? */
export function isGitIgnored(envPath: string, readFile: (path: string) => FileView, isRepoRoot: (dir: string) => boolean): boolean {
  let dir = dirname(envPath);
  for (let depth = 0; depth < 32; depth++) {
    const gitignore = readFile(join(dir, '.gitignore')).text;
    if (gitignore !== undefined) {
      const rel = relative(dir, envPath).split(sep).join('/');
      if (ignore().add(gitignore).ignores(rel)) return true;
    }
    if (isRepoRoot(dir)) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return false;
}

/** What the disk says about the files fix 5 would write (injected: the server asks git and lstat). */
export interface DiskFacts {
  isRepoRoot(dir: string): boolean;
  /** True for a symbolic link (lstat: never followed); false when missing. */
  isSymlink(path: string): boolean;
  /** True when git tracks the path (a tracked symlink counts); false outside a repository. */
  isTracked(path: string): boolean;
}

/**
 * Why fix 5 must not write `.env` (or its `.gitignore`), or undefined when it may. The value is a
 * secret: written through a symbolic link it lands wherever the link points — often a shared file
 * that is committed — and written into a tracked `.env` it is committed with it (issue 8 item 9).
 * Links are checked on the files and on every folder between them and the workspace folder.
 */
export function moveToEnvRefusal(envPath: string, folder: string | undefined, facts: DiskFacts): string | undefined {
  const shown = (path: string) => (folder ? relative(folder, path).split(sep).join('/') : path);
  const prefix = 'Leakproof did not move the secret to an environment variable';
  const link = linkRefusal([envPath, join(dirname(envPath), '.gitignore')], folder, facts);
  if (link) return `${prefix}: ${link}`;
  if (facts.isTracked(envPath)) {
    return `${prefix}: ${shown(envPath)} is tracked by git, so the secret would be committed with it. Untrack it (git rm --cached ${shown(envPath)}) and ignore it in .gitignore, then try again.`;
  }
  return undefined;
}

/** Why writing `paths` would go through a symbolic link (the files, or a folder below `folder`), or undefined. */
export function linkRefusal(paths: readonly string[], folder: string | undefined, facts: DiskFacts): string | undefined {
  const shown = (path: string) => (folder ? relative(folder, path).split(sep).join('/') : path);
  for (const path of paths) {
    if (facts.isSymlink(path)) {
      return `${shown(path)} is a symbolic link, and Leakproof never writes a secret through a link (the file it points to may be committed). Replace the link with a real file, then try again.`;
    }
    if (!folder) continue;
    for (let dir = dirname(path); dir !== folder && isInsideFolder(folder, dir); dir = dirname(dir)) {
      if (facts.isSymlink(dir))
        return `the folder ${shown(dir)} is a symbolic link, and Leakproof never writes a secret through a link. Use a real folder, then try again.`;
    }
  }
  return undefined;
}

function isInsideFolder(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

export type MoveToEnvResolution =
  | { readonly kind: 'edit'; readonly name: string; readonly hint: string; readonly edit?: WorkspaceEdit; readonly command?: Command }
  | { readonly kind: 'refused'; readonly name: string; readonly reason: string };

/** 5 (apply). Computed only when the user picks the fix: this is where the value goes to `.env`. */
export function resolveMoveToEnv(context: ActionContext, finding: Finding, facts: DiskFacts): MoveToEnvResolution | undefined {
  const plan = planMoveToEnv(context, finding);
  if (!plan) return undefined;
  const reason = moveToEnvRefusal(plan.envPath, context.folder ?? (context.path ? dirname(context.path) : undefined), facts);
  if (reason) return { kind: 'refused', name: plan.name, reason };
  const text = context.state.document.getText();
  const builder = new EditBuilder(context.support);

  // .env: reuse a name when it already holds this value, else a free name; every part goes together.
  const envView = context.readFile(plan.envPath);
  const existing = dotenvNames(envView.text ?? '');
  const appended: string[] = [];
  const lookups: { move: EnvMove; name: string }[] = [];
  for (const move of plan.moves) {
    const value = text.slice(move.value[0], move.value[1]);
    const line = (name: string) => dotenvLine(name, value);
    let name = move.name;
    for (let n = 2; (existing.has(name) && `${name}=${existing.get(name)}` !== line(name)) || lookups.some((l) => l.name === name); n++)
      name = `${move.name}_${n}`;
    if (!existing.has(name)) {
      appended.push(line(name));
      existing.set(name, line(name).slice(name.length + 1));
    }
    lookups.push({ move, name });
  }
  if (appended.length > 0) {
    const block = `${appended.join('\n')}\n`;
    if (envView.text === undefined) builder.create(envView.uri, block);
    else {
      const needsNewline = envView.text.length > 0 && !envView.text.endsWith('\n');
      builder.edit(envView, [{ offset: envView.text.length, length: 0, content: `${needsNewline ? '\n' : ''}${block}` }]);
    }
  }

  // The code: each literal becomes the lookup (plus `import os` where the language needs it).
  const sourceView: FileView = { uri: context.state.uri, path: context.path ?? '', text, version: context.state.version };
  const sourceEdits: OffsetEdit[] = [...sourceEditsFor(text, plan.language, lookups)];
  const imported = importInsertion(text, plan.language);
  if (imported) sourceEdits.unshift({ offset: imported.offset, length: 0, content: imported.text });
  builder.edit(sourceView, sourceEdits);

  // .gitignore: make sure `.env` never gets committed.
  const envDir = dirname(plan.envPath);
  if (
    !isGitIgnored(
      plan.envPath,
      (path) => context.readFile(path),
      (path) => facts.isRepoRoot(path),
    )
  ) {
    const gitignoreView = context.readFile(join(envDir, '.gitignore'));
    if (gitignoreView.text === undefined) builder.create(gitignoreView.uri, '.env\n');
    else {
      const needsNewline = gitignoreView.text.length > 0 && !gitignoreView.text.endsWith('\n');
      builder.edit(gitignoreView, [{ offset: gitignoreView.text.length, length: 0, content: `${needsNewline ? '\n' : ''}.env\n` }]);
    }
  }
  const name = lookups[0]?.name ?? plan.name;
  return { kind: 'edit', ...builder.build(), name, hint: envLoadingHint(plan.language, name) };
}

/**
 * The code edits: every literal replaced by its lookup; in Go a constant declaration becomes a
 * variable one (`os.Getenv` is no constant expression), so the line is rewritten as a whole.
 */
function sourceEditsFor(text: string, language: EnvLanguage, lookups: readonly { move: EnvMove; name: string }[]): OffsetEdit[] {
  const byLine = new Map<number, { move: EnvMove; name: string }[]>();
  for (const lookup of lookups) {
    const lineStart = text.lastIndexOf('\n', lookup.move.literal.start - 1) + 1;
    byLine.set(lineStart, [...(byLine.get(lineStart) ?? []), lookup]);
  }
  const edits: OffsetEdit[] = [];
  for (const [lineStart, onLine] of byLine) {
    const literalEdits = onLine.map(({ move, name }) => ({
      offset: move.literal.start,
      length: move.literal.end - move.literal.start,
      content: envLookup(language, name, move.literal.quoted),
    }));
    if (language === 'go') {
      const newlineAt = text.indexOf('\n', lineStart);
      const lineEnd = newlineAt === -1 ? text.length : newlineAt;
      let newLine = text.slice(lineStart, lineEnd);
      for (const edit of [...literalEdits].sort((x, y) => y.offset - x.offset)) {
        const at = edit.offset - lineStart;
        newLine = newLine.slice(0, at) + edit.content + newLine.slice(at + edit.length);
      }
      const rewrite = goConstRewrite(text, lineStart, lineEnd, newLine.replace(/\r$/, ''));
      if (rewrite) {
        edits.push(...rewrite);
        continue;
      }
    }
    edits.push(...literalEdits);
  }
  return edits;
}

/** 6. Opens the detector's documentation (a server command: `window/showDocument`). */
export function learnAbout(finding: Finding, diagnostics: Diagnostic[]): CodeAction {
  const title = `${CodeActionTitles.learn} ${finding.title}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    command: { title, command: Commands.openDocumentation, arguments: [finding.detectorId] },
  };
}

/** Every fix for one finding, best first. */
export function actionsFor(context: ActionContext, finding: Finding, diagnostics: Diagnostic[]): CodeAction[] {
  const out: (CodeAction | undefined)[] = [
    moveToEnv(context, finding, diagnostics),
    allowOnLine(context, finding, diagnostics),
    allowEverywhere(context, finding, diagnostics),
    ...ignorePath(context, finding, diagnostics),
    disableDetector(context, finding, diagnostics),
    learnAbout(finding, diagnostics),
  ];
  return out.filter((a): a is CodeAction => a !== undefined);
}

export { fileUri };
