/**
 * The JSON Schema of `.leakproof.json` (server/schema/leakproof.schema.json, used by editors for
 * completion and checks), generated from the parser's own definitions in engine/config.ts: the
 * keys, the id grammar, the value rules and the list of built-in detector ids. `npm run docs`
 * writes it; a test fails when the file on disk differs from what this renders.
 */
import { ALL_DETECTORS } from '../engine/index.js';
import {
  ALLOWLIST_HASH_GRAMMAR,
  CONFIG_KEYS,
  SALT_GRAMMAR,
  CUSTOM_SEVERITIES,
  DETECTOR_ID_GRAMMAR,
  MIN_ENTROPY_RANGE,
} from '../engine/config.js';

export const CONFIG_SCHEMA_PATH = 'server/schema/leakproof.schema.json';

type Schema = Record<string, unknown>;
/** One schema per key: the compiler insists every key the parser accepts is described, and no other. */
type PropertiesOf<K extends readonly string[]> = { readonly [Key in K[number]]: Schema };

const detectorId: Schema = { $ref: '#/definitions/detectorId' };
const stringList = (description: string): Schema => ({ description, type: 'array', items: { type: 'string' } });

const allowlistEntry: PropertiesOf<typeof CONFIG_KEYS.allowlist> = {
  hash: {
    description:
      'Salted hash of the secret value (scrypt:… or hmac:…, shown in every report) or a finding fingerprint; an unsalted sha256 of earlier versions still matches until `leakproof migrate-hashes` rewrites it. Never the secret itself.',
    type: 'string',
    pattern: ALLOWLIST_HASH_GRAMMAR,
  },
  path: { description: "Glob relative to this file's folder, e.g. test/fixtures/**", type: 'string', minLength: 1 },
  detector: { description: 'Detector id (leakproof detectors)', ...detectorId },
  reason: { description: 'Why this is allowed (shown with --show-allowlisted)', type: 'string' },
};

const detectorSwitches: PropertiesOf<typeof CONFIG_KEYS.detectors> = {
  disable: { description: 'Detector ids to turn off', type: 'array', items: detectorId, uniqueItems: true },
  enable: { description: 'Detector ids to keep on even if disabled elsewhere', type: 'array', items: detectorId, uniqueItems: true },
};

const customDetector: PropertiesOf<typeof CONFIG_KEYS.customDetector> = {
  id: {
    description: 'A new id (not a built-in one)',
    type: 'string',
    pattern: DETECTOR_ID_GRAMMAR,
    not: { $ref: '#/definitions/builtinDetectorId' },
  },
  title: { type: 'string' },
  regex: { description: 'JavaScript regular expression; the named group (?<secret>…) marks the value', type: 'string', minLength: 1 },
  keywords: {
    description: 'Literal strings, one of which must appear for the pattern to run (speed)',
    type: 'array',
    items: { type: 'string', minLength: 1 },
  },
  minEntropy: { description: 'Minimum Shannon entropy of the value, bits per character', type: 'number', ...MIN_ENTROPY_RANGE },
  severity: { enum: [...CUSTOM_SEVERITIES] },
};

const scanOptions: PropertiesOf<typeof CONFIG_KEYS.scan> = {
  maxFileSize: { description: 'Files larger than this many bytes are skipped with a notice (default 10 MiB)', type: 'integer', minimum: 1 },
  includeExtensions: stringList('Low-value extensions to scan anyway (html, css, lock, svg, map …)'),
  exclude: stringList("Globs of paths not to scan, relative to this file's folder"),
};

const hookPolicy: PropertiesOf<typeof CONFIG_KEYS.hook> = {
  blockGenericInTests: {
    description:
      'Block commits, pushes and `leakproof scan` on generic findings (password = …) in test files too. Default false: they are reported without blocking; specific findings always block.',
    type: 'boolean',
    default: false,
  },
};

const topLevel: PropertiesOf<typeof CONFIG_KEYS.topLevel> = {
  $schema: { type: 'string' },
  salt: {
    description:
      "This repository's salt for every hash written or shown (created by `leakproof baseline create`, `leakproof migrate-hashes` or the editor's allow quick fix). Not a secret; changing it orphans existing hashes.",
    type: 'string',
    pattern: SALT_GRAMMAR,
  },
  baseline: {
    description:
      'A baseline file, relative to this file (`leakproof baseline create` writes .leakproof-baseline.json and sets this). Its findings are accepted everywhere — `leakproof scan`, the git hooks, the editor — so only new secrets are reported and blocked.',
    type: 'string',
    minLength: 1,
  },
  allowlist: {
    description: 'Findings to allow. An entry matches when all of its fields match.',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: allowlistEntry,
      anyOf: [{ required: ['hash'] }, { required: ['path'] }, { required: ['detector'] }],
    },
  },
  detectors: { type: 'object', additionalProperties: false, properties: detectorSwitches },
  customDetectors: {
    description: 'Your own patterns, added to the built-in ones.',
    type: 'array',
    items: { type: 'object', additionalProperties: false, required: ['id', 'regex'], properties: customDetector },
  },
  scan: { type: 'object', additionalProperties: false, properties: scanOptions },
  hook: { description: 'What blocks a commit, a push or a scan.', type: 'object', additionalProperties: false, properties: hookPolicy },
};

export function configSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://leakproof.dev/schema/leakproof.schema.json',
    title: 'Leakproof configuration (.leakproof.json)',
    description: 'Extends the built-in detectors: allowlists, disabled detectors, custom patterns and scan options. JSON with comments.',
    type: 'object',
    additionalProperties: false,
    properties: topLevel,
    definitions: {
      // The built-in ids give completion; any id of the right shape is allowed, since custom
      // detectors declared in the same file are valid too (the parser checks they exist).
      detectorId: { anyOf: [{ $ref: '#/definitions/builtinDetectorId' }, { type: 'string', pattern: DETECTOR_ID_GRAMMAR }] },
      builtinDetectorId: { enum: ALL_DETECTORS.map((d) => d.id).sort() },
    },
  };
}

export function renderConfigSchema(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}
