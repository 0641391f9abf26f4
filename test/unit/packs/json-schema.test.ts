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
});
