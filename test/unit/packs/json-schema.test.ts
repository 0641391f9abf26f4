import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../packs/format/json-schema';

describe('packs/pack.schema.json', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing the format)', () => {
    expect(readFileSync('packs/pack.schema.json', 'utf8')).toBe(packJsonSchema());
  });

  it('describes strict objects, so editors flag unknown keys', () => {
    const schema = JSON.parse(packJsonSchema());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'version', 'title', 'sections']));
  });

  it('describes the fields today\'s console needs, for editor hovers', () => {
    const text = packJsonSchema();
    const schema = JSON.parse(text);
    expect(schema.properties.testedAgainst.description).toMatch(/month of the console/);
    const step = schema.properties.sections.items.properties.steps.items.properties;
    expect(step.alreadyDone.description).toMatch(/done before/);
    expect(step.target.items.properties.role.description).toMatch(/\[link, button\]/);
    const page = schema.properties.pages.items.properties;
    expect(page.signature.properties.has.description).toMatch(/only this page shows/);
    expect(page.urls.items.properties.host.description).toMatch(/aws-site: https:\/\/aws\.amazon\.com\/console\//);
  });
});
