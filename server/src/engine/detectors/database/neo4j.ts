/**
 * Neo4j credentials: connection URIs and the official image's `NEO4J_AUTH` (CREDENTIAL-FORMATS.md §8). The
 * highlight is always the password alone; user, host and port become parts (ENGINE.md "Multi-match and multi-
 * line secrets").
 */
import {
  PASSWORD_CHECKS,
  URI_PASSWORD_CHECKS,
  dbGuide,
  defineDetector,
  isDefaultDbPassword,
  isLocalDevDefault,
  uri,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'neo4j.uri',
    title: 'Neo4j connection URI with password',
    schemes: 'neo4j(?:\\+s|\\+ssc)?|bolt(?:\\+s|\\+ssc)?',
    keywords: ['neo4j', 'bolt'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      'Read and write the graph as that user (often the `neo4j` admin).',
      'Aura console → instance → Reset password; self-hosted: `ALTER CURRENT USER SET PASSWORD FROM … TO …`.',
    ),
  }),
  defineDetector({
    id: 'neo4j.auth',
    title: 'Neo4j NEO4J_AUTH user/password',
    keywords: ['neo4j_auth'],
    // The official image's `NEO4J_AUTH=<user>/<password>` (or `none`).
    pattern: /(?<![A-Za-z0-9_])NEO4J_AUTH["']?[ \t]*[:=][ \t]*["']?(?<username>[A-Za-z0-9_]{1,64})\/(?<secret>[^\s"'`]{3,128})/i,
    post: [...PASSWORD_CHECKS, isDefaultDbPassword, isLocalDevDefault],
    guide: dbGuide(
      'Read and write the whole graph as the `neo4j` admin user.',
      'Change the password (`ALTER CURRENT USER SET PASSWORD FROM … TO …` or `neo4j-admin dbms set-initial-password` on a fresh store) and update clients.',
    ),
  }),
];
