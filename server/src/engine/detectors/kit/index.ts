/**
 * The detector kit: everything a provider file may import besides the engine's own modules
 * (types, patterns, post-validators). Provider files never import each other (ESLint enforces it).
 * How to add a detector, and how to convert a theme file: ./README.md.
 */
export * from './builders.js';
export * from './codecs.js';
export * from './confidence.js';
export * from './define.js';
export * from './patterns.js';
export * from './pem.js';
export * from './validators.js';
export * from './advice.js';
export type { Confidence, Detector, DetectorGuide, PostValidator } from '../../types.js';
