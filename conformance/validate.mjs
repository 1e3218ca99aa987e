// Reads [{name, query}] as JSON on stdin; validates each against fixture/schema.graphql with
// graphql-js's specified rules; writes [{name, errors: [{message, locations}]}].
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { readJson } from './stdin.mjs';

const schema = buildSchema(readFileSync(new URL('./fixture/schema.graphql', import.meta.url), 'utf8'));

const input = await readJson();

const results = input.map(({ name, query }) => ({
  name,
  errors: validate(schema, parse(query)).map((e) => ({ message: e.message, locations: e.locations ?? [] })),
}));
process.stdout.write(JSON.stringify(results));
