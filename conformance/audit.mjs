// Runs graphql-http's server audit against the URL on stdin (JSON: {url}); writes the results
// as [{id, name, status, reason}].
import { auditServer } from 'graphql-http';
import { readJson } from './stdin.mjs';

const { url } = await readJson();

const results = await auditServer({ url, fetchFn: fetch });
process.stdout.write(JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }))));
