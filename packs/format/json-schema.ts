import { z } from 'zod';
import { PackSchema } from './schema';

/**
 * The JSON Schema of the pack format, for editor completion in YAML packs
 * (`# yaml-language-server: $schema=…/pack.schema.json`). Written to `packs/pack.schema.json` by
 * `npm run schema`; a unit test keeps the file in sync.
 */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(PackSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Console Coach tutorial pack' }, null, 2)}\n`;
}
