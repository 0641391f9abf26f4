import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_LOCALES, loadLabelTable } from '../../../../packs/locales/index';
import { cloudscapeMessages } from '../../../../packs/locales/cloudscape';
import { readLabelTables } from '../../../../packs/locales/files';
import { labelTableJsonSchema, LabelTableSchema } from '../../../../packs/locales/schema';
import { parse } from 'yaml';
import ja from '../../../../packs/locales/ja.yaml';

describe('the label tables (packs/locales/<locale>.yaml)', () => {
  const tables = readLabelTables();

  it('has one valid table per console locale (readLabelTables throws with file:line:column otherwise)', () => {
    expect(Object.keys(tables).sort()).toEqual([...CONSOLE_LOCALES].sort());
  });

  it('takes every cloudscape: entry word for word from that locale\'s Cloudscape catalogue', () => {
    let checked = 0;
    for (const locale of CONSOLE_LOCALES) {
      const source = LabelTableSchema.parse(parse(readFileSync(`packs/locales/${locale}.yaml`, 'utf8')));
      const messages = cloudscapeMessages(locale);
      const ENGLISH = cloudscapeMessages('en');
      for (const [english, entry] of Object.entries(source.labels)) {
        const key = /^cloudscape:(.+)$/.exec(entry.source)?.[1];
        if (!key) continue;
        checked += 1;
        expect(messages.has(key), `${locale}: ${key}`).toBe(true);
        expect([entry.text].flat(), `${locale}: ${english}`).toContain(messages.get(key));
        // The English label is Cloudscape's English text for the same key.
        expect(ENGLISH.get(key), `${locale}: ${english}`).toBe(english);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(CONSOLE_LOCALES.length);
  });

  it('reaches the runtime as JSON through the build plugin, the same as read from disk', async () => {
    expect(ja).toEqual(tables.ja);
    for (const locale of CONSOLE_LOCALES) expect(await loadLabelTable(locale)).toEqual(tables[locale]);
  });

  it('keeps packs/locales/label-table.schema.json in step with the schema (npm run schema)', () => {
    expect(readFileSync('packs/locales/label-table.schema.json', 'utf8')).toBe(labelTableJsonSchema());
  });
});

