/** Regenerate packs/pack.schema.json and packs/locales/label-table.schema.json from the zod schemas: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchema } from '../packs/format/json-schema';
import { labelTableJsonSchema } from '../packs/locales/schema';

const out = join(import.meta.dirname, '..', 'packs', 'pack.schema.json');
writeFileSync(out, packJsonSchema());
console.log(`wrote ${out}`);

const tables = join(import.meta.dirname, '..', 'packs', 'locales', 'label-table.schema.json');
writeFileSync(tables, labelTableJsonSchema());
console.log(`wrote ${tables}`);
