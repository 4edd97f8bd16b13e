/**
 * The detector registry: every provider file's detectors, sorted by id (a test checks it).
 *
 * Layout (issue 13): one provider per file, `detectors/<family>/<provider>.ts`, where <provider> is the
 * part of the detector ids before the first dot (`stripe.secret-key` → payments/stripe.ts) and the
 * family folder groups providers of one kind: ai/, cloud/, code-hosting/, chat/, payments/, generic/ …
 * Each provider file imports only ./kit and engine modules (never another provider: ESLint enforces it)
 * and exports `detectors`; its examples live beside it in `<provider>.examples.ts` (registered in
 * ./examples.ts, test data only). The remaining flat theme files (ai.ts, aws.ts …) are being converted;
 * kit/README.md is the guide.
 */
import type { Detector } from '../types.js';
import { detectors as slack } from './chat/slack.js';
import { detectors as github } from './code-hosting/github.js';
import { detectors as generic } from './generic/generic.js';
import { detectors as ai } from './ai.js';
import { detectors as aws } from './aws.js';
import { detectors as azure } from './azure.js';
import { detectors as bitbucket } from './bitbucket.js';
import { detectors as ci } from './ci.js';
import { detectors as cloud } from './cloud.js';
import { detectors as database } from './database.js';
import { detectors as email } from './email.js';
import { detectors as framework } from './framework.js';
import { detectors as gcp } from './gcp.js';
import { detectors as gitlab } from './gitlab.js';
import { detectors as httpAuth } from './http-auth.js';
import { detectors as identity } from './identity.js';
import { detectors as jwt } from './jwt.js';
import { detectors as messaging } from './messaging.js';
import { detectors as misc } from './misc.js';
import { detectors as observability } from './observability.js';
import { detectors as payments } from './payments.js';
import { detectors as privateKey } from './private-key.js';
import { detectors as registries } from './registries.js';
import { detectors as saas } from './saas.js';

export const ALL_DETECTORS: readonly Detector[] = [
  ...ai,
  ...aws,
  ...azure,
  ...bitbucket,
  ...ci,
  ...cloud,
  ...database,
  ...email,
  ...framework,
  ...gcp,
  ...generic,
  ...github,
  ...gitlab,
  ...httpAuth,
  ...identity,
  ...jwt,
  ...messaging,
  ...misc,
  ...observability,
  ...payments,
  ...privateKey,
  ...registries,
  ...saas,
  ...slack,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(ALL_DETECTORS.map((d) => [d.id, d]));
