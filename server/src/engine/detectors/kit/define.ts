/**
 * `defineDetector`: the one constructor every provider file uses. It fills the defaults the 24 theme
 * files used to fill in five different ways, so a provider file states only what is particular to it.
 */
import type { CompanionPart, Confidence, Detector, DetectorGuide, DetectorKind, PostValidator } from '../../types.js';
import { derivedConfidence } from './confidence.js';

export interface DetectorSpec {
  /** `provider.kind`: the provider part is the provider file's name (`stripe.secret-key` → stripe.ts). */
  readonly id: string;
  readonly title: string;
  /** Default `specific`; `generic` only for the name-based catch-alls (generic.ts). */
  readonly kind?: DetectorKind;
  /**
   * Default derived from kind and pattern (./confidence.ts): `low` for generic, `high` when the secret
   * starts with a distinctive literal prefix, else `medium`. The builders pass their own default
   * (`contextual` and `uri`: medium). State it only to correct the derivation.
   */
  readonly confidence?: Confidence;
  readonly keywords: readonly string[];
  /**
   * Default `line`: the keyword gates only its own line, which is right (and much faster) whenever the
   * keyword sits on the secret's line — a prefix inside the token, or the provider in the variable name.
   * Say `document` when the context may be elsewhere (a key name several lines away, a multi-line match).
   */
  readonly scope?: 'line' | 'document';
  /** Path gate (`.pgpass`, `config/master.key`): see Detector.paths. */
  readonly paths?: RegExp;
  /**
   * The pattern, or a function that builds it: builders pass functions, so that the ~900 patterns
   * are assembled on first use — a pre-commit hook runs a handful of detectors and assembling every
   * pattern source at load cost it ~20 ms.
   */
  readonly pattern: RegExp | (() => RegExp);
  readonly post?: readonly PostValidator[];
  readonly minEntropy?: number;
  readonly companions?: readonly CompanionPart[];
  readonly requireCompanion?: boolean;
  readonly precedence?: number;
  readonly skipCommonValidators?: boolean;
  /** `store` may be left out: hovers and docs then show the general advice. */
  readonly guide: DetectorGuide;
}

/** A runtime Detector from a spec: defaults filled, absent options left absent (no `undefined` keys). */
export function defineDetector(spec: DetectorSpec): Detector {
  let confidence = spec.confidence;
  const build = spec.pattern;
  let pattern = typeof build === 'function' ? undefined : build;
  const patternOf = (): RegExp => (pattern ??= (build as () => RegExp)());
  return {
    id: spec.id,
    title: spec.title,
    kind: spec.kind ?? 'specific',
    // Derived on first read (reading the pattern's source for ~900 detectors cost a cold process
    // ~20 ms of every hook run, which reads the confidence of a handful of findings at most).
    get confidence(): Confidence {
      return (confidence ??= derivedConfidence(spec.kind ?? 'specific', patternOf()));
    },
    keywords: spec.keywords,
    ...((spec.scope ?? 'line') === 'line' ? { keywordScope: 'line' as const } : {}),
    ...(spec.paths ? { paths: spec.paths } : {}),
    get pattern(): RegExp {
      return patternOf();
    },
    ...(spec.skipCommonValidators ? { skipCommonValidators: true } : {}),
    ...(spec.post && spec.post.length > 0 ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.companions && spec.companions.length > 0 ? { companions: spec.companions } : {}),
    ...(spec.requireCompanion ? { requireCompanion: true } : {}),
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    guide: spec.guide,
  };
}
