// The JSON every conformance script reads from its standard input.
export async function readJson() {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return JSON.parse(text);
}
