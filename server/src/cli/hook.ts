/**
 * `leakproof install-hook` / `uninstall-hook`: puts the bundled POSIX-sh hooks where git runs them
 * (`git rev-parse --git-path hooks`, which honours core.hooksPath and worktrees). An existing hook
 * is chained, never overwritten: it is renamed `<hook>.leakproof-chained` and run first (so a
 * formatter that re-stages files runs before the scan sees the index). Idempotent both ways.
 *
 * husky keeps its hooks in versioned files (`.husky/pre-commit`) behind a generated `.husky/_`
 * folder; renaming husky's stubs would break it, so there the command adds a marked block to the
 * versioned file instead.
 *
 * The hook text lives here (it ships inside dist/cli.js); `hooks/pre-commit` and `hooks/pre-push`
 * in the repository are the same text, checked by a test (`leakproof install-hook --print NAME`).
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hooksDirectory } from './git.js';

/**
 * pre-commit alone misses content that reaches a branch without `git commit`: `git am` runs
 * pre-applypatch (not pre-commit), a merge that needs no editing runs pre-merge-commit, and a
 * cherry-pick or rebase of fetched commits runs neither — pre-push catches those before they leave.
 */
export const HOOK_NAMES = ['pre-commit', 'pre-merge-commit', 'pre-applypatch', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** What the CLI writes to LEAKPROOF_HOOK_RESULT on exit (main.ts): the hook's handshake. */
export const HOOK_RESULT_MARKER = 'leakproof-hook-result';

export const HOOK_MARKER = 'leakproof-managed-hook';
export const CHAINED_SUFFIX = '.leakproof-chained';
const BLOCK_START = '# >>> leakproof secret scan (managed by `leakproof install-hook`; `leakproof uninstall-hook` removes it)';
const BLOCK_END = '# <<< leakproof secret scan';

export interface InstalledCli {
  /** Absolute path of the CLI script that installed the hook (last-resort fallback at commit time). */
  readonly cli?: string;
  /** The node binary that ran it. */
  readonly node?: string;
}

export function isHookName(name: string): name is HookName {
  return (HOOK_NAMES as readonly string[]).includes(name);
}

/** Quotes a value for POSIX sh. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

const SCAN_ARGS: Record<HookName, string> = {
  'pre-commit': 'scan --staged',
  'pre-merge-commit': 'scan --staged',
  'pre-applypatch': 'scan --staged',
  'pre-push': 'scan --pre-push "$@"',
};

const VERB: Record<HookName, string> = { 'pre-commit': 'commit', 'pre-merge-commit': 'merge', 'pre-applypatch': 'am', 'pre-push': 'push' };

const PURPOSE: Record<HookName, string[]> = {
  'pre-commit': [
    '# Blocks commits that add secrets. It scans what is staged (the index), not the working tree.',
    '# Bypass once: git commit --no-verify   (or LEAKPROOF_SKIP=1 git commit ...)',
  ],
  'pre-merge-commit': [
    '# Blocks merge commits whose result adds secrets (git merge runs this hook, not pre-commit).',
    '# Bypass once: git merge --no-verify   (or LEAKPROOF_SKIP=1 git merge ...)',
  ],
  'pre-applypatch': [
    '# Blocks patches applied by `git am` that add secrets (git am runs this hook, not pre-commit).',
    '# Bypass once: git am --no-verify   (or LEAKPROOF_SKIP=1 git am ...)',
  ],
  'pre-push': [
    '# Blocks pushes whose new commits add secrets, naming the commit that introduced each one.',
    '# Bypass once: git push --no-verify   (or LEAKPROOF_SKIP=1 git push ...)',
  ],
};

/** The standalone hook script (POSIX sh). */
export function renderHook(name: HookName, installed: InstalledCli = {}): string {
  const args = SCAN_ARGS[name];
  const verb = VERB[name];
  const pipeInput = name === 'pre-push' ? `printf '%s\\n' "$input" | ` : '';
  return [
    '#!/bin/sh',
    `# leakproof ${name} hook: installed by \`leakproof install-hook\`, removed by \`leakproof uninstall-hook\`.`,
    ...PURPOSE[name],
    `# ${HOOK_MARKER} v2 (do not edit this line: it tells install-hook this file is its own)`,
    `LEAKPROOF_INSTALLED_CLI=${shellQuote(installed.cli ?? '')}`,
    `LEAKPROOF_INSTALLED_NODE=${shellQuote(installed.node ?? '')}`,
    '',
    // pre-push reads git's ref lines on standard input: keep them for the chained hook and for us.
    ...(name === 'pre-push' ? ['input=$(cat)', ''] : []),
    '# The hook that was here before install-hook chained it: it runs first and can block on its own.',
    `chained="$(dirname "$0")/${name}${CHAINED_SUFFIX}"`,
    'if [ -x "$chained" ]; then',
    `  ${pipeInput}"$chained" "$@" || exit $?`,
    'fi',
    '',
    'case "${LEAKPROOF_SKIP:-}" in',
    `  1 | true | yes) echo "leakproof: LEAKPROOF_SKIP is set: ${name} secret scan skipped for this ${verb}" >&2; exit 0 ;;`,
    'esac',
    '',
    '# Which leakproof runs: $LEAKPROOF_BIN when set (an explicit choice), else the CLI that installed',
    '# this hook, by absolute path. Never a copy inside the repository being committed: a cloned',
    '# repository must not be able to replace its own scanner.',
    'if [ -n "${LEAKPROOF_BIN:-}" ]; then',
    '  scanner=$LEAKPROOF_BIN',
    '  leakproof() { $LEAKPROOF_BIN "$@"; }',
    'elif [ -n "$LEAKPROOF_INSTALLED_CLI" ] && [ -f "$LEAKPROOF_INSTALLED_CLI" ]; then',
    '  node=node',
    '  if [ -n "$LEAKPROOF_INSTALLED_NODE" ] && [ -x "$LEAKPROOF_INSTALLED_NODE" ]; then node=$LEAKPROOF_INSTALLED_NODE; fi',
    '  scanner=$LEAKPROOF_INSTALLED_CLI',
    '  leakproof() { "$node" "$LEAKPROOF_INSTALLED_CLI" "$@"; }',
    'else',
    `  echo "leakproof: the leakproof CLI that installed this hook is gone (\${LEAKPROOF_INSTALLED_CLI:-not recorded}), so this ${verb} is blocked (the hook fails closed)." >&2`,
    '  echo "  Run \\`leakproof install-hook\\` again with the leakproof you use, or set LEAKPROOF_BIN to the command to run;" >&2',
    `  echo "  to bypass once: git ${verb} --no-verify   (or LEAKPROOF_SKIP=1 git ${verb} ...)" >&2`,
    '  exit 1',
    'fi',
    '',
    '# Handshake: the CLI writes its exit code to this file on its way out. An empty or truncated',
    '# install exits without writing it, and then its exit status is not trusted.',
    'result=$(mktemp 2>/dev/null) || result="${TMPDIR:-/tmp}/leakproof-hook.$$"',
    `: > "$result" || { echo "leakproof: cannot create a temporary file, so this ${verb} is blocked" >&2; exit 1; }`,
    'LEAKPROOF_HOOK_RESULT=$result',
    'export LEAKPROOF_HOOK_RESULT',
    `${pipeInput}leakproof ${args}`,
    'status=$?',
    'answer=$(cat "$result" 2>/dev/null)',
    'rm -f "$result"',
    `if [ "$answer" != "${HOOK_RESULT_MARKER} $status" ]; then`,
    `  echo "leakproof: $scanner exited with status $status without confirming that it ran (an empty or truncated install?), so this ${verb} is blocked." >&2`,
    '  echo "  Reinstall leakproof and run \\`leakproof install-hook\\` again." >&2',
    '  exit 2',
    'fi',
    'exit $status',
    '',
  ].join('\n');
}

/**
 * The marked block added to a husky hook file (`.husky/pre-commit`). That file is versioned and
 * shared, so it runs the project's own `leakproof` (husky puts node_modules/.bin on PATH) — the
 * repository controls that hook file anyway — with the same handshake as the standalone hook.
 */
export function renderHuskyBlock(name: HookName, installed: InstalledCli): string {
  const args = SCAN_ARGS[name];
  const fallback = installed.cli
    ? `${shellQuote(installed.node ?? 'node')} ${shellQuote(installed.cli)} ${args}`
    : `echo "leakproof: not found (npm install --save-dev leakproof)" >&2; exit 1`;
  return [
    BLOCK_START,
    'LEAKPROOF_HOOK_RESULT=$(mktemp) || exit 1',
    'export LEAKPROOF_HOOK_RESULT',
    `if command -v leakproof >/dev/null 2>&1; then leakproof ${args}; else ${fallback}; fi`,
    'leakproof_status=$?',
    `[ "$(cat "$LEAKPROOF_HOOK_RESULT" 2>/dev/null)" = "${HOOK_RESULT_MARKER} $leakproof_status" ] || leakproof_status=2`,
    'rm -f "$LEAKPROOF_HOOK_RESULT"',
    '[ "$leakproof_status" -eq 2 ] && echo "leakproof: the scan did not confirm that it ran (an empty or truncated install?): blocked" >&2',
    '[ "$leakproof_status" -eq 0 ] || exit "$leakproof_status"',
    BLOCK_END,
    '',
  ].join('\n');
}

/** A top-level line that ends the script: code after it never runs. */
const ENDS_SCRIPT = /^(?:exit|exec)\b/;

/**
 * Where the block goes in an existing husky file: at the end, or before a final `exit` (husky and
 * hand-written hooks often end with `exit 0`; a block after it would never run). Refuses a file
 * that ends the script elsewhere (`exec …`, an `exit` before the end): no safe place to add to.
 */
export function insertBlock(file: string, text: string, block: string): string {
  const lines = text.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && (lines[last]!.trim() === '' || lines[last]!.trim().startsWith('#'))) last--;
  const ending = last >= 0 && /^exit\b/.test(lines[last]!) ? last : -1;
  const early = lines.findIndex((line, index) => ENDS_SCRIPT.test(line) && index !== ending);
  if (early !== -1) {
    throw new Error(
      `${file} line ${early + 1} ends the script (\`${lines[early]!.trim().slice(0, 60)}\`): a leakproof block after it would never run. ` +
        'Add these lines yourself before that point, then run install-hook again:\n' +
        block,
    );
  }
  if (ending === -1) return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${block}`;
  return [...lines.slice(0, ending), block.replace(/\n$/, ''), ...lines.slice(ending)].join('\n');
}

/** The CLI running now, for the hook's fallback (never an Electron binary: it would open a window). */
export function currentCli(): InstalledCli {
  const script = process.argv[1];
  let cli: string | undefined;
  try {
    cli = script ? realpathSync(script) : undefined;
  } catch {
    cli = undefined;
  }
  const node = process.versions.electron === undefined && /^node(\.exe)?$/i.test(basename(process.execPath)) ? process.execPath : undefined;
  return { ...(cli ? { cli } : {}), ...(node ? { node } : {}) };
}

export type HookAction = 'installed' | 'updated' | 'unchanged' | 'removed' | 'restored' | 'absent';

export interface HookResult {
  readonly hook: HookName;
  /** The file written or removed. */
  readonly path: string;
  readonly action: HookAction;
  /** The pre-existing hook now chained (install) or put back (uninstall). */
  readonly chained?: string;
  /** Installed as a block in a husky hook file. */
  readonly husky?: boolean;
}

/** husky v9 (`core.hooksPath=.husky/_`) or older husky (`.husky`): its hook files are versioned. */
function huskyHookFile(hooksDir: string, name: HookName): string | undefined {
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return join(dirname(hooksDir), name);
  if (basename(hooksDir) === '.husky') return join(hooksDir, name);
  return undefined;
}

function stripBlock(text: string): string {
  const start = text.indexOf(BLOCK_START);
  if (start === -1) return text;
  const end = text.indexOf(BLOCK_END, start);
  const stop = end === -1 ? text.length : text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end) + 1;
  return text.slice(0, start) + text.slice(stop);
}

function writeExecutable(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

function installOne(hooksDir: string, name: HookName, installed: InstalledCli): HookResult {
  const husky = huskyHookFile(hooksDir, name);
  if (husky) {
    const before = existsSync(husky) ? readFileSync(husky, 'utf8') : '';
    const after = insertBlock(husky, stripBlock(before), renderHuskyBlock(name, installed));
    if (after === before) return { hook: name, path: husky, action: 'unchanged', husky: true };
    writeExecutable(husky, after);
    return { hook: name, path: husky, action: before.includes(BLOCK_START) ? 'updated' : 'installed', husky: true };
  }
  mkdirSync(hooksDir, { recursive: true });
  const target = join(hooksDir, name);
  const chained = `${target}${CHAINED_SUFFIX}`;
  const text = renderHook(name, installed);
  if (pathExists(target)) {
    const current = safeRead(target);
    if (current?.includes(HOOK_MARKER)) {
      if (current === text) return { hook: name, path: target, action: 'unchanged', ...(existsSync(chained) ? { chained } : {}) };
      writeExecutable(target, text);
      return { hook: name, path: target, action: 'updated', ...(existsSync(chained) ? { chained } : {}) };
    }
    if (existsSync(chained)) {
      throw new Error(`${target} is not a leakproof hook and ${chained} already exists: merge them by hand, then run install-hook again`);
    }
    renameSync(target, chained);
    writeExecutable(target, text);
    return { hook: name, path: target, action: 'installed', chained };
  }
  writeExecutable(target, text);
  return { hook: name, path: target, action: 'installed' };
}

function safeRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** True for files and for symbolic links, dangling ones included (existsSync follows links). */
function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function uninstallOne(hooksDir: string, name: HookName): HookResult {
  const husky = huskyHookFile(hooksDir, name);
  if (husky) {
    const before = safeRead(husky);
    if (!before?.includes(BLOCK_START)) return { hook: name, path: husky, action: 'absent', husky: true };
    writeExecutable(husky, stripBlock(before));
    return { hook: name, path: husky, action: 'removed', husky: true };
  }
  const target = join(hooksDir, name);
  const chained = `${target}${CHAINED_SUFFIX}`;
  const current = safeRead(target);
  if (!current?.includes(HOOK_MARKER)) return { hook: name, path: target, action: 'absent' };
  if (existsSync(chained)) {
    renameSync(chained, target);
    return { hook: name, path: target, action: 'restored', chained };
  }
  unlinkSync(target);
  return { hook: name, path: target, action: 'removed' };
}

export function installHooks(cwd: string, names: readonly HookName[], installed: InstalledCli = currentCli()): HookResult[] {
  const hooksDir = hooksDirectory(cwd);
  return names.map((name) => installOne(hooksDir, name, installed));
}

export function uninstallHooks(cwd: string, names: readonly HookName[]): HookResult[] {
  const hooksDir = hooksDirectory(cwd);
  return names.map((name) => uninstallOne(hooksDir, name));
}

export function describeResult(result: HookResult): string {
  const where = result.path;
  switch (result.action) {
    case 'installed':
      return result.husky
        ? `${result.hook}: added the leakproof block to ${where} (husky)`
        : `${result.hook}: installed ${where}${result.chained ? `; the existing hook was kept as ${basename(result.chained)} and runs first` : ''}`;
    case 'updated':
      return `${result.hook}: updated ${where}`;
    case 'unchanged':
      return `${result.hook}: already installed (${where})`;
    case 'removed':
      return `${result.hook}: removed ${result.husky ? 'the leakproof block from ' : ''}${where}`;
    case 'restored':
      return `${result.hook}: removed the leakproof hook and put the previous hook back at ${where}`;
    case 'absent':
      return `${result.hook}: no leakproof hook installed (${where})`;
  }
}
