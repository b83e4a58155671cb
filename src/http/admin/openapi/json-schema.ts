import { z, type ZodType } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/** The JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a zod schema accepts. */
export function jsonSchemaOf(schema: ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** The properties of an object schema with their required flags: OpenAPI parameters. */
export function propertiesOf(schema: ZodType): Array<{ name: string; schema: JsonSchema; required: boolean }> {
  const json = jsonSchemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    schema: property,
    required: required.has(name) && !('default' in property),
  }));
}
