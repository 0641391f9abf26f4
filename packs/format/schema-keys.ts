import type { z } from 'zod';
import { PackSchema } from './schema';

type AnySchema = z.core.$ZodType;

/** The keys the schema allows at a path, for "Allowed here: …" in problems. */
export function allowedKeysAt(path: PropertyKey[]): string[] {
  let schema: AnySchema | undefined = PackSchema;
  for (const segment of path) {
    schema = schema && step(unwrap(schema), segment);
  }
  const object = schema && unwrap(schema);
  return object?._zod.def.type === 'object' ? Object.keys((object as z.ZodObject)._zod.def.shape) : [];
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; options?: AnySchema[] };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) current = def.innerType;
    else if (def.type === 'union' && def.options) {
      current = def.options.find((o) => unwrap(o)._zod.def.type === 'object') ?? def.options[0]!;
      if (current._zod.def.type !== 'object') return current;
    } else return current;
  }
}

function step(schema: AnySchema, segment: PropertyKey): AnySchema | undefined {
  const def = schema._zod.def as { type: string; element?: AnySchema; shape?: Record<string, AnySchema> };
  if (def.type === 'array' && typeof segment === 'number') return def.element;
  if (def.type === 'object' && typeof segment === 'string') return def.shape?.[segment];
  return undefined;
}
