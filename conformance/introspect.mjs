// Reads [{name, source}] (SDL) as JSON on stdin; for each schema graphql-js builds without error,
// writes {name, query, result}: the full introspection query (every option on) and graphql-js's answer.
import { buildSchema, getIntrospectionQuery, graphqlSync, validateSchema } from 'graphql';
import { readJson } from './stdin.mjs';

const input = await readJson();

const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});

const results = [];
for (const { name, source } of input) {
  let schema;
  try {
    schema = buildSchema(source);
    if (validateSchema(schema).length > 0) continue;
  } catch {
    continue;
  }
  results.push({ name, query, result: JSON.parse(JSON.stringify(graphqlSync({ schema, source: query }))) });
}
process.stdout.write(JSON.stringify(results));
