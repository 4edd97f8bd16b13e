/**
 * Making a configuration that turns protection off visible. A repository's `.leakproof.json` can
 * disable detectors, allowlist whole paths or exclude files from scanning; a cloned repository
 * (or a careless commit) can do that to everyone who works in it. The CLI and the hook print one
 * line naming the file and what it turns off; the language server writes it to its output log.
 */
import { DEFAULT_SCAN_OPTIONS } from '../engine/index.js';
import type { LeakproofConfig } from '../engine/config.js';

const MAX_LISTED = 4;

function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

/** What a configuration turns off, as phrases; empty when it only adds protection (or allowlists by hash). */
export function weakenings(config: LeakproofConfig): string[] {
  const out: string[] = [];
  const disabled = config.detectors.disable.filter((id) => !config.detectors.enable.includes(id));
  if (disabled.length > 0) out.push(`disables ${disabled.length} detector(s) (${list(disabled)})`);
  // An entry without a hash allowlists every finding it matches, present and future.
  const broad = config.allowlist.filter((entry) => entry.hash === undefined);
  if (broad.length > 0) {
    const described = broad.map((entry) =>
      [entry.path ? `path ${entry.path}` : 'every path', entry.detector ? `detector ${entry.detector}` : 'every detector'].join(' / '),
    );
    out.push(`allowlists without a hash: ${list(described)}`);
  }
  if (config.scan.exclude.length > 0) out.push(`excludes from scanning: ${list(config.scan.exclude)}`);
  if (config.scan.maxFileSize !== undefined && config.scan.maxFileSize < DEFAULT_SCAN_OPTIONS.maxSize) {
    out.push(`skips files over ${config.scan.maxFileSize} bytes (default ${DEFAULT_SCAN_OPTIONS.maxSize})`);
  }
  return out;
}

/** The one line shown to the user, or undefined when the configuration turns nothing off. */
export function weakeningNotice(file: string | undefined, config: LeakproofConfig): string | undefined {
  const phrases = weakenings(config);
  if (!file || phrases.length === 0) return undefined;
  return `configuration ${file} turns protection off: ${phrases.join('; ')}`;
}
