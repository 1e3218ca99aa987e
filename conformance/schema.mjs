// Reads [{name, source}] (SDL) as JSON on stdin; writes [{name, ok, summary, errors}]: the schema
// graphql-js's buildSchema builds from each (types in type-map order, with their fields, arguments,
// values and directives), or the messages of the errors it (and validateSchema) reports.
import { buildSchema, validateSchema, print, astFromValue, isObjectType, isInterfaceType, isUnionType, isEnumType,
  isInputObjectType, isScalarType } from 'graphql';
import { readJson } from './stdin.mjs';

const input = await readJson();

const inputValue = (v) => ({
  name: v.name, type: String(v.type), description: v.description ?? null,
  // graphql-js 17 keeps an SDL default as its literal (v.default.literal); a programmatic one as a value.
  defaultValue: v.default?.literal ? print(v.default.literal) : v.default !== undefined ? print(astFromValue(v.default.value, v.type))
    : v.defaultValue === undefined ? null : print(astFromValue(v.defaultValue, v.type)),
  deprecationReason: v.deprecationReason ?? null,
});

const typeOf = (t) => {
  const kind = isScalarType(t) ? 'SCALAR' : isObjectType(t) ? 'OBJECT' : isInterfaceType(t) ? 'INTERFACE'
    : isUnionType(t) ? 'UNION' : isEnumType(t) ? 'ENUM' : 'INPUT_OBJECT';
  const summary = { name: t.name, kind, description: t.description ?? null };
  if (isScalarType(t)) summary.specifiedByUrl = t.specifiedByURL ?? null;
  if (isObjectType(t) || isInterfaceType(t)) {
    summary.interfaces = t.getInterfaces().map((i) => i.name);
    summary.fields = Object.values(t.getFields()).map((f) => ({
      name: f.name, type: String(f.type), description: f.description ?? null,
      deprecationReason: f.deprecationReason ?? null, args: f.args.map(inputValue),
    }));
  }
  if (isUnionType(t)) summary.possibleTypes = t.getTypes().map((m) => m.name);
  if (isEnumType(t)) summary.values = t.getValues().map((v) => ({ name: v.name, description: v.description ?? null, deprecationReason: v.deprecationReason ?? null }));
  if (isInputObjectType(t)) {
    summary.isOneOf = t.isOneOf ?? false;
    summary.inputFields = Object.values(t.getFields()).map(inputValue);
  }
  return summary;
};

const results = input.map(({ name, source }) => {
  try {
    const schema = buildSchema(source);
    const errors = validateSchema(schema);
    if (errors.length > 0) return { name, ok: false, errors: errors.map((e) => e.message).sort() };
    const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__')).map(typeOf);
    return {
      name, ok: true,
      summary: {
        query: schema.getQueryType()?.name ?? null,
        mutation: schema.getMutationType()?.name ?? null,
        subscription: schema.getSubscriptionType()?.name ?? null,
        description: schema.description ?? null,
        types,
        directives: schema.getDirectives().map((d) => ({ name: d.name, description: d.description ?? null,
          isRepeatable: d.isRepeatable, locations: [...d.locations], args: d.args.map(inputValue) })),
      },
    };
  } catch (error) {
    return { name, ok: false, errors: (error.message.split('\n\n')).sort() };
  }
});
process.stdout.write(JSON.stringify(results));
