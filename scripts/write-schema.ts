/** Regenerate packs/pack.schema.json from the zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchema } from '../packs/format/json-schema';

const out = join(import.meta.dirname, '..', 'packs', 'pack.schema.json');
writeFileSync(out, packJsonSchema());
console.log(`wrote ${out}`);
