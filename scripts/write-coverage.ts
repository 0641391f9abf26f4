/** Rewrite the label coverage table in docs/packs.md from the packs and the label tables: `npm run --silent coverage`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageMarkdown, replaceCoverageSection } from '../packs/locales/coverage-table';
import { readBuiltinPacks, readLabelTables } from '../packs/locales/files';

const file = join(import.meta.dirname, '..', 'docs', 'packs.md');
const { packs, pages } = readBuiltinPacks();
const next = replaceCoverageSection(readFileSync(file, 'utf8'), coverageMarkdown(packs, pages, readLabelTables()));
if (next === null) {
  console.error('docs/packs.md has no label coverage section (its start and end marks)');
  process.exit(1);
}
writeFileSync(file, next);
console.log(`wrote the label coverage table in ${file}`);
