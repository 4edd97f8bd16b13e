/**
 * The repository salt (`"salt"` in .leakproof.json): created by the first command that writes a
 * hash (`baseline create`, `migrate-hashes`), so that nothing written ever uses the shared default.
 * The edit goes through jsonc-parser's `modify`: comments and formatting of the file survive.
 */
import { lstatSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { newSalt } from '../engine/fingerprint.js';
import { CONFIG_FILE, findRepositoryRoot, readConfigText } from '../project/configFile.js';
import type { ProjectConfig } from './projectConfig.js';

export interface RepositorySalt {
  readonly file: string;
  readonly salt: string;
  readonly created: boolean;
}

/** Adds a salt to `text` (a config, or '' for a new one), after `$schema` when there is one. */
export function withSalt(text: string, salt: string): string {
  const base = text.trim() === '' ? '{}\n' : text;
  const edits = modify(base, ['salt'], salt, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    getInsertionIndex: (properties) => (properties[0] === '$schema' ? 1 : 0),
  });
  return applyEdits(base, edits);
}

/**
 * The salt in force, created when the configuration has none. A new `.leakproof.json` goes to the
 * repository root (or `cwd` outside a repository). Never writes through a symbolic link.
 */
export function ensureRepositorySalt(project: ProjectConfig, cwd = process.cwd()): RepositorySalt {
  const file = project.file ?? join(findRepositoryRoot(cwd) ?? cwd, CONFIG_FILE);
  if (project.config.salt) return { file, salt: project.config.salt, created: false };
  if (isSymlink(file))
    throw new Error(`${file} is a symbolic link: add "salt" to the file it points to by hand (leakproof never writes through links)`);
  const salt = newSalt();
  writeFileSync(file, withSalt(project.file ? (readConfigText(project.file)?.text ?? '') : '', salt));
  return { file, salt, created: true };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Names `baselineFile` in the configuration (`"baseline"`, relative to it) when it names none, so
 * that the hooks and the editor honour the baseline `leakproof baseline create` just wrote. Returns
 * what it wrote, or undefined when the configuration already names a baseline (it is kept).
 */
export function withBaselineSetting(project: ProjectConfig, baselineFile: string): { file: string; baseline: string } | undefined {
  if (!project.file || project.config.baseline !== undefined) return undefined;
  if (isSymlink(project.file)) return undefined;
  const text = readConfigText(project.file)?.text ?? '{}\n';
  const baseline = relative(project.root, resolve(baselineFile)).split(sep).join('/');
  const edits = modify(text, ['baseline'], baseline, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    getInsertionIndex: (properties) => properties.filter((p) => p === '$schema' || p === 'salt').length,
  });
  writeFileSync(project.file, applyEdits(text, edits));
  return { file: project.file, baseline };
}
