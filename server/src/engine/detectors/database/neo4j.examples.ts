/** Examples of the Neo4j detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'neo4j.uri': {
    positive: [`NEO4J_URL=neo4j+s://neo4j:«${pw('n41')}»@a1b2c3d4.databases.neo4j.io`],
    negative: ['bolt://neo4j:neo4j@localhost:7687', 'NEO4J_URI=neo4j+s://a1b2c3d4.databases.neo4j.io'],
  },
  'neo4j.auth': {
    positive: [`NEO4J_AUTH=neo4j/«${pw('n4a')}»`],
    negative: ['NEO4J_AUTH=none', 'NEO4J_AUTH=neo4j/neo4j', 'NEO4J_AUTH=neo4j/password', 'NEO4J_AUTH=neo4j/${NEO4J_PASSWORD}'],
  },
};
