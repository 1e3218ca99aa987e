// graphql-js's side of the engine benchmark: parse, validate and execute each query of
// queries.txt against schema.graphql with DATA (a JSON file) as the root value, for SECONDS
// each after a warm-up; prints {"query name": operations per second, ...}.
//   node bench/engine/run.mjs DATA SECONDS
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../conformance/package.json', import.meta.url));
const { buildSchema, parse, validate, execute } = require('graphql');

const [dataPath, secondsText] = process.argv.slice(2);
const seconds = Number(secondsText ?? '2');
const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
const rootValue = JSON.parse(readFileSync(dataPath, 'utf8'));
const queries = readFileSync(new URL('./queries.txt', import.meta.url), 'utf8')
  .split(/^### /m).filter((s) => s.trim()).map((s) => {
    const cut = s.indexOf('\n');
    return { name: s.slice(0, cut).trim(), source: s.slice(cut + 1) };
  });

function once(source) {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors[0].message);
  const result = execute({ schema, document, rootValue });
  if (result.errors) throw new Error(result.errors[0].message);
  return result;
}

function rate(source, ms) {
  const end = performance.now() + ms;
  let n = 0;
  while (performance.now() < end) {
    once(source);
    n++;
  }
  return n / (ms / 1000);
}

const out = {};
for (const { name, source } of queries) {
  rate(source, 300);
  out[name] = rate(source, seconds * 1000);
}
process.stdout.write(JSON.stringify(out));
