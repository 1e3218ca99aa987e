// Reads [{name, source}] as JSON on stdin; writes [{name, ok, message, line, column}] as JSON:
// what graphql-js's parser says of each document.
import { parse } from 'graphql';
import { readJson } from './stdin.mjs';

const input = await readJson();

const results = input.map(({ name, source }) => {
  try {
    parse(source);
    return { name, ok: true };
  } catch (error) {
    const location = error.locations?.[0] ?? {};
    return { name, ok: false, message: error.message, line: location.line ?? 0, column: location.column ?? 0 };
  }
});
process.stdout.write(JSON.stringify(results));
