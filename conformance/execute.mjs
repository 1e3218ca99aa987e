// Reads [{name, query, variables, operationName}] as JSON on stdin; runs each on graphql-js's
// execute (no validation: execution alone is compared) against fixture/schema.graphql with
// fixture/data.json as the root value; writes [{name, result}].
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse } from 'graphql';
import { readJson } from './stdin.mjs';

const schema = buildSchema(readFileSync(new URL('./fixture/schema.graphql', import.meta.url), 'utf8'));
const rootValue = JSON.parse(readFileSync(new URL('./fixture/data.json', import.meta.url), 'utf8'));

const input = await readJson();

const results = [];
for (const { name, query, variables, operationName } of input) {
  let result;
  try {
    result = await execute({ schema, document: parse(query), rootValue, variableValues: variables ?? undefined, operationName: operationName ?? undefined });
  } catch (error) {
    result = { errors: [{ message: error.message }] };
  }
  results.push({ name, result: JSON.parse(JSON.stringify(result)) });
}
process.stdout.write(JSON.stringify(results));
