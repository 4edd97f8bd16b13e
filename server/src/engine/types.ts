/**
 * Core types of the detection engine. The engine is pure: text in, findings out, no I/O,
 * no LSP or VS Code types (see ../../../docs and shared/docs/ENGINE.md).
 */

/** UTF-16 offsets into the document text, half-open: [start, end). */
export type Range = readonly [start: number, end: number];

export interface SourceDocument {
  readonly text: string;
  /** Path as the user knows it (relative or absolute, `/` or `\`); feeds pre-validators and insights. */
  readonly path?: string;
  readonly languageId?: string;
}

export type DetectorKind = 'specific' | 'generic';

/**
 * How sure a finding is: `high` the value proves itself (a distinctive prefix, a checksum), `medium`
 * an opaque value known from its provider context, `low` a name-based guess (generic detectors).
 */
export type Confidence = 'low' | 'medium' | 'high';

/**
 * What a post-validator sees about one candidate. `value` is the text of the group being
 * validated (the secret unless the validator is attached elsewhere).
 */
export interface CandidateContext {
  /** The secret text (group `secret`, or the whole match when the pattern has no such group). */
  readonly value: string;
  /** Every named group that matched, by name. */
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** The whole regex match. */
  readonly match: string;
  /** The full line (or lines, for multi-line matches) around the secret. */
  readonly line: string;
  /** Document text and offsets, for validators that look further around. */
  readonly text: string;
  readonly range: Range;
  readonly path?: string;
}

/**
 * A post-validator returns the reason to reject the candidate, or undefined to keep it.
 * Named `is…`/`has…` after what they reject (detect-secrets habit: predicates that say why).
 */
export type PostValidator = (candidate: CandidateContext) => string | undefined;

/** One positive example: text with the expected highlight marked «…», or the same with a path. */
export type Example = string | { readonly text: string; readonly path: string };

/** A detector's examples: positives mark every expected highlight with «…»; negatives must not be reported. */
export interface DetectorExamples {
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
}

/** What a `<provider>.examples.ts` file exports: examples by detector id. */
export type ExampleTable = Readonly<Record<string, DetectorExamples>>;

export interface DetectorGuide {
  /** What the credential grants: one or two sentences. */
  readonly grants: string;
  /** How to revoke or rotate it at the provider. */
  readonly revoke: string;
  /** The provider's page for revoking/rotating, where one exists. */
  readonly url?: string;
  /** How to store it safely instead (defaults to the general advice when absent). */
  readonly store?: string;
}

/**
 * A further part of a multi-part secret looked for near the main match (e.g. the AWS secret key
 * near its key id, the user and host near a database password).
 */
export interface CompanionPart {
  /** Name of the part in the finding (`client_secret`, `username`, `host` …). */
  readonly name: string;
  /** Pattern whose named group `value` (or whole match) is the part. Searched line by line. */
  readonly pattern: RegExp;
  /** How many lines above and below the main match to look. */
  readonly withinLines: number;
  /** Post-validators for the part value. */
  readonly post?: readonly PostValidator[];
}

export interface Detector {
  /** `provider.kind`, lower-case, dot/dash separated: `github.pat-classic`, `aws.access-key-id`. */
  readonly id: string;
  readonly title: string;
  readonly kind: DetectorKind;
  /** Derived by the kit from the detector's shape (detectors/kit/confidence.ts) unless stated. */
  readonly confidence: Confidence;
  /**
   * Prefilter keywords, matched case-insensitively: the detector runs only on documents that
   * contain one of them. Empty only for detectors that must see everything.
   */
  readonly keywords: readonly string[];
  /**
   * How far the keyword gates the pattern: 'document' (default) runs the pattern over the whole
   * document once a keyword occurs; 'line' runs it only on lines that hold a keyword — right for
   * context-keyword detectors whose pattern includes the keyword, and much faster.
   */
  readonly keywordScope?: 'document' | 'line';
  /**
   * Runs only on documents whose path matches (`.htpasswd`, `.pgpass`, `config/master.key`): for
   * formats recognisable by file name rather than by content. Without keywords the detector then
   * runs on every matching file; with keywords, both must hold.
   */
  readonly paths?: RegExp;
  /**
   * The pattern. Named group `secret` marks the highlight and the value that is fingerprinted;
   * other named groups become extra matches (parts). Flags other than `g` are kept; the engine adds `g`.
   */
  readonly pattern: RegExp;
  /**
   * Skip the common placeholder/template/sequence checks every specific detector gets: for values
   * whose alphabet is all of printable ASCII (WordPress salts), where `...` or `<…>` occur by chance.
   */
  readonly skipCommonValidators?: boolean;
  /** Post-validators run on the secret; any reason rejects the candidate. */
  readonly post?: readonly PostValidator[];
  /** Minimum Shannon entropy (bits per char) of the secret, when set. */
  readonly minEntropy?: number;
  /** Further parts searched around the match. */
  readonly companions?: readonly CompanionPart[];
  /** Drop the finding unless at least one companion was found (e.g. an un-prefixed secret that needs its id). */
  readonly requireCompanion?: boolean;
  /**
   * Tie-breaker in de-duplication between specific detectors on the same characters: broad
   * detectors (any JWT, any Basic-auth URL) declare -1 so the provider-specific one wins.
   */
  readonly precedence?: number;
  readonly guide: DetectorGuide;
}

export type InsightKind = 'test_file' | 'sensitive_file' | 'allowlisted' | 'decoded' | 'capped';

export type Insight =
  | { readonly kind: 'test_file'; readonly reason: string }
  | { readonly kind: 'sensitive_file'; readonly reason: string }
  | { readonly kind: 'allowlisted'; readonly reason: string }
  | { readonly kind: 'decoded'; readonly encoding: 'base64'; readonly redacted: string };

export interface FindingMatch {
  readonly name: string;
  readonly range: Range;
  readonly redacted: string;
}

export interface Finding {
  readonly detectorId: string;
  readonly title: string;
  readonly kind: DetectorKind;
  /** The detector's confidence (a finding in a test file keeps it; its severity is lowered instead). */
  readonly confidence: Confidence;
  /** Every part; the first is the secret itself. */
  readonly matches: readonly FindingMatch[];
  /** The secret's range (the highlight). */
  readonly range: Range;
  /**
   * Detector id and the salted hash of the secret (`scrypt:…`, or `hmac:…` for a value too random to
   * guess): stable across line moves.
   */
  readonly fingerprint: string;
  /** Salted hash of the secret value alone (slow `scrypt:…`, or keyed `hmac:…` for random tokens): what allowlists store. */
  readonly secretHash: string;
  /**
   * The fingerprint in the slow kind whatever the value (non-enumerable): earlier versions wrote
   * `scrypt:` for every value, so baselines they wrote match through it.
   */
  readonly slowFingerprint?: string;
  /** Unsalted sha256 identities of earlier versions (non-enumerable): for matching old entries only, never shown. */
  readonly legacyFingerprint?: string;
  readonly legacySecretHash?: string;
  readonly insights: readonly Insight[];
}

export type SkipReason = 'binary-extension' | 'binary-content' | 'banned-path' | 'low-value-extension' | 'too-large' | 'time-limit';

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** Set when the document was not scanned (or only partly): the caller reports it. */
  readonly skipped?: { readonly reason: SkipReason; readonly detail: string };
  /**
   * For a region scan: the window actually scanned (the region widened to whole lines, context and
   * enclosing key blocks). `findings` are every finding that intersects it; a caller replaces its
   * cached findings in the window with these.
   */
  readonly window?: Range;
  /**
   * The prefilter keywords that occur in the scanned text (the window, for a region scan): a caller
   * keeps their union per document and passes it to later region scans (`documentKeywords`).
   */
  readonly keywords?: readonly string[];
  /** Detectors whose per-document cap was hit, with how many findings were dropped. */
  readonly capped: readonly { readonly detectorId: string; readonly dropped: number }[];
}
