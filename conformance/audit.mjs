// Runs graphql-http's server audit against the URL on stdin (JSON: {url}); writes the results
// as [{id, name, status, reason}].
import { auditServer } from 'graphql-http';

const { url } = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

const results = await auditServer({ url, fetchFn: fetch });
process.stdout.write(JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }))));
