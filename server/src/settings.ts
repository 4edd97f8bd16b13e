/**
 * Settings, per resource (vscode-eslint habit: never server globals). Whatever a client sends is
 * normalised against the defaults: an unknown or ill-typed value falls back to the default instead
 * of breaking the server.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isDetectorId } from './engine/config.js';
import { DEFAULT_SETTINGS, type LeakproofSettings, type SeveritySetting } from './protocol.js';

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function severity(value: unknown, fallback: SeveritySetting): SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value) ? (value as SeveritySetting) : fallback;
}

/** Normalises a raw `leakproof` settings object (from `workspace/configuration` or `didChangeConfiguration`). */
export function normalizeSettings(raw: unknown, base: LeakproofSettings = DEFAULT_SETTINGS): LeakproofSettings {
  if (!isRecord(raw)) return base;
  const sev = isRecord(raw.severity) ? raw.severity : {};
  const testFile: SeveritySetting | 'lower' =
    sev.testFile === 'lower' || (typeof sev.testFile === 'string' && (SEVERITIES as readonly string[]).includes(sev.testFile))
      ? (sev.testFile as SeveritySetting | 'lower')
      : base.severity.testFile;
  const detectors: Record<string, boolean> = {};
  if (isRecord(raw.detectors))
    for (const [id, on] of Object.entries(raw.detectors)) if (typeof on === 'boolean' && isDetectorId(id)) detectors[id] = on;
  const number = (value: unknown, fallback: number, min: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : base.enable,
    severity: {
      specific: severity(sev.specific, base.severity.specific),
      generic: severity(sev.generic, base.severity.generic),
      testFile,
    },
    debounceMs: number(raw.debounceMs, base.debounceMs, 0, 10_000),
    exclude: Array.isArray(raw.exclude) ? raw.exclude.filter((g): g is string => typeof g === 'string' && g.length > 0) : base.exclude,
    maxFileSize: number(raw.maxFileSize, base.maxFileSize, 1, 512 * 1024 * 1024),
    detectors: isRecord(raw.detectors) ? detectors : base.detectors,
    run: raw.run === 'onSave' || raw.run === 'onType' ? raw.run : base.run,
  };
}

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One step lower: error → warning → information → hint → hint. */
function lower(setting: SeveritySetting): SeveritySetting {
  const index = SEVERITIES.indexOf(setting);
  return setting === 'off' || setting === 'hint' ? setting : SEVERITIES[index + 1]!;
}

/** The severity of a finding, or undefined when the settings hide it (`off`). */
export function severityFor(settings: LeakproofSettings, kind: 'specific' | 'generic', testFile: boolean): DiagnosticSeverity | undefined {
  let setting = settings.severity[kind];
  if (testFile) setting = settings.severity.testFile === 'lower' ? lower(setting) : settings.severity.testFile;
  return setting === 'off' ? undefined : LSP_SEVERITY[setting];
}
