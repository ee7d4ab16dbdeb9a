// A small JSON Schema validator for the subset of draft 2020-12 that the receipt schema uses:
// type, enum, const, required, properties, additionalProperties, items, minItems, minLength,
// maxLength, pattern, minimum, format (date-time, uri, uuid) and local $ref into $defs.

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  format?: 'date-time' | 'uri' | 'uuid';
  [annotation: string]: unknown;
}

export interface SchemaError {
  /** JSON Pointer to the value that failed, such as /piiControllers/0/piiController. */
  path: string;
  message: string;
}

const FORMATS: Record<string, (text: string) => boolean> = {
  'date-time': (text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)),
  uri: (text) => /^[a-z][a-z0-9+.-]*:/i.test(text) && URL.canParse(text),
  uuid: (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, expected: string): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const match = /^#\/\$defs\/([^/]+)$/.exec(schema.$ref);
  const target = match ? root.$defs?.[match[1] as string] : undefined;
  if (!target) throw new Error(`Unsupported or unknown $ref ${schema.$ref}`);
  return target;
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function validateString(value: string, schema: JsonSchema, path: string, errors: SchemaError[]): void {
  if (schema.minLength !== undefined && [...value].length < schema.minLength) {
    errors.push({ path, message: `must have at least ${schema.minLength} characters` });
  }
  if (schema.maxLength !== undefined && [...value].length > schema.maxLength) {
    errors.push({ path, message: `must have at most ${schema.maxLength} characters` });
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push({ path, message: `must match the pattern ${schema.pattern}` });
  }
  const format = schema.format ? FORMATS[schema.format] : undefined;
  if (format && !format(value)) errors.push({ path, message: `must be a valid ${schema.format}` });
}

function validateObject(value: Record<string, unknown>, schema: JsonSchema, root: JsonSchema, path: string, errors: SchemaError[]): void {
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key)) errors.push({ path: pointer(path, key), message: 'is required' });
  }
  for (const [key, member] of Object.entries(value)) {
    const propertySchema = schema.properties?.[key];
    if (propertySchema) validateAt(member, propertySchema, root, pointer(path, key), errors);
    else if (schema.additionalProperties === false) errors.push({ path: pointer(path, key), message: 'is not allowed' });
    else if (typeof schema.additionalProperties === 'object') {
      validateAt(member, schema.additionalProperties, root, pointer(path, key), errors);
    }
  }
}

function validateAt(value: unknown, schemaOrRef: JsonSchema, root: JsonSchema, path: string, errors: SchemaError[]): void {
  const schema = resolve(schemaOrRef, root);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => typeMatches(value, type))) {
      errors.push({ path, message: `must be of type ${types.join(' or ')}, got ${typeOf(value)}` });
      return;
    }
  }
  if (schema.const !== undefined && value !== schema.const) errors.push({ path, message: `must be ${JSON.stringify(schema.const)}` });
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push({ path, message: `must be one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}` });
  }
  if (typeof value === 'string') validateString(value, schema, path, errors);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    errors.push({ path, message: `must be at least ${schema.minimum}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      errors.push({ path, message: `must have at least ${schema.minItems} items` });
    }
    if (schema.items) value.forEach((item, index) => validateAt(item, schema.items as JsonSchema, root, pointer(path, index), errors));
  }
  if (typeOf(value) === 'object') validateObject(value as Record<string, unknown>, schema, root, path, errors);
}

/** Validates `value` against `schema` and returns every error found; an empty list means valid. */
export function validateJson(value: unknown, schema: JsonSchema): SchemaError[] {
  const errors: SchemaError[] = [];
  validateAt(value, schema, schema, '', errors);
  return errors;
}
