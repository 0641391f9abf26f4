import { z } from 'zod';
import { CONSOLE_LOCALES } from './locales';

/**
 * A console label table, format 1 (`packs/locales/<locale>.yaml`): the English console labels the
 * packs write, each with the label the console shows in one language and where that comes from.
 * `packs/locales/label-table.schema.json` is generated from this schema (`npm run schema`).
 */
export const LABEL_TABLE_FORMAT = 1;

/** At most this many wordings of one label (the console and its documentation sometimes differ). */
export const MAX_WORDINGS = 6;

const label = z.string().trim().min(1, 'Must not be empty.').max(200, 'At most 200 characters.');

export const LabelEntrySchema = z
  .strictObject({
    text: z
      .union([label, z.array(label).min(1).max(MAX_WORDINGS)])
      .describe('The label as the console shows it in this language, or a list where it is known to use several wordings.'),
    source: z
      .string()
      .trim()
      .min(1, 'Must not be empty.')
      .max(500, 'At most 500 characters.')
      .describe('cloudscape:<component>.<key> (Cloudscape\'s message catalogue), or the https address of the AWS documentation page in this language that names the label.'),
    note: z.string().trim().min(1).max(500).describe('Why this wording, or where sources disagree.').optional(),
  })
  .describe('One English label\'s wording in this language, with its source.');

export const LabelTableSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  format: z.literal(LABEL_TABLE_FORMAT).describe('Always 1 for this version of the format.'),
  locale: z.enum(CONSOLE_LOCALES).describe('The console language, as the file is named (ja.yaml holds ja).'),
  labels: z
    .record(label, LabelEntrySchema)
    .describe('English console label, exactly as packs write it → its wording in this language.'),
});

export type LabelEntry = z.infer<typeof LabelEntrySchema>;
export type LabelTableSource = z.infer<typeof LabelTableSchema>;

/** The JSON Schema of a label table, for editor completion (`npm run schema` writes it). */
export function labelTableJsonSchema(): string {
  const schema = z.toJSONSchema(LabelTableSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Console Coach console label table' }, null, 2)}\n`;
}
