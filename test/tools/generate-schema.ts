/** Writes server/schema/leakproof.schema.json from the parser's definitions (`npm run docs`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_SCHEMA_PATH, renderConfigSchema } from '../../server/src/project/configSchema.js';

writeFileSync(join(__dirname, '..', '..', CONFIG_SCHEMA_PATH), renderConfigSchema());
process.stdout.write(`wrote ${CONFIG_SCHEMA_PATH}\n`);
