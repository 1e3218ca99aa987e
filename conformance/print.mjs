// Reads [{name, kind, source}] as JSON on stdin (kind: "value" or "type"); writes
// [{name, ok, printed, message}]: what graphql-js's parseValue/parseType and print make of each.
import { parseType, parseValue, print } from 'graphql';
import { readJson } from './stdin.mjs';

const input = await readJson();

const results = input.map(({ name, kind, source }) => {
  try {
    const node = kind === 'type' ? parseType(source) : parseValue(source);
    return { name, ok: true, printed: print(node) };
  } catch (error) {
    return { name, ok: false, message: error.message };
  }
});
process.stdout.write(JSON.stringify(results));
