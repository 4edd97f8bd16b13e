/**
 * The one exclude check: `scan.exclude` globs of `.leakproof.json` (relative to the config's
 * folder) and the editor's `leakproof.exclude` setting (relative to the workspace folder). Paths are
 * absolute; a folder is tested with and without its trailing slash, so `vendor/**` and `vendor/`
 * both prune a walk before it enters the folder.
 */
import { relative, sep } from 'node:path';
import { globMatcher, type LeakproofConfig } from '../engine/config.js';

type Matcher = (path: string) => boolean;

export interface ExcludeRule {
  /** Folder the globs are relative to. */
  readonly base: string;
  readonly globs: readonly string[];
  /** Said when the rule matches, e.g. "excluded by scan.exclude". */
  readonly reason: string;
}

const compiled = new Map<string, Matcher>();

function matcher(glob: string): Matcher {
  let match = compiled.get(glob);
  if (!match) {
    if (compiled.size > 4096) compiled.clear();
    compiled.set(glob, (match = globMatcher(glob)));
  }
  return match;
}

function relativePosix(base: string, absolute: string): string | undefined {
  const rel = relative(base, absolute).split(sep).join('/');
  return rel === '' || rel.startsWith('../') || rel === '..' ? undefined : rel;
}

/** Why `absolute` is excluded by one of `rules`, or undefined. Paths outside a rule's base never match it. */
export function excludedBy(rules: readonly ExcludeRule[], absolute: string, isDirectory = false): string | undefined {
  for (const rule of rules) {
    if (rule.globs.length === 0) continue;
    const rel = relativePosix(rule.base, absolute);
    if (rel === undefined) continue;
    if (rule.globs.some((glob) => matcher(glob)(rel) || (isDirectory && matcher(glob)(`${rel}/`)))) return rule.reason;
  }
  return undefined;
}

/** The rule for a configuration's `scan.exclude`. */
export function configExcludeRule(root: string, config: LeakproofConfig): ExcludeRule {
  return { base: root, globs: config.scan.exclude, reason: 'excluded by scan.exclude' };
}

/** The rule for the editor setting `leakproof.exclude`. */
export function settingExcludeRule(folder: string, globs: readonly string[]): ExcludeRule {
  return { base: folder, globs, reason: 'excluded by the exclude setting' };
}
