// Checks Cypher statements with Neo4j's own Cypher front end (@neo4j-cypher/language-support):
// syntax, semantics (undefined variables, wrong types, unknown procedures and their YIELD
// columns, from the package's registry of Neo4j's procedures and functions), deprecations,
// one statement per entry, and that the statement uses exactly the $parameters its code supplies.
//
// stdin: [{"name": "...", "statement": "...", "parameters": ["rows", ...]}]
// stdout: [{"name", "ok", "errors": [{"message", "line", "column"}], "warnings": [...], "usedParameters": [...]}]
// Exit 0 when every statement passes, 1 when any fails, 2 when the analyser itself does not work.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, parseParameters, parseStatementsStrs, testData } from '@neo4j-cypher/language-support';

// The registry is large and copied on every lint call: drop descriptions, roles and the GDS library.
function slim(scoped) {
  const out = {};
  for (const [version, registry] of Object.entries(scoped ?? {})) {
    out[version] = Object.fromEntries(Object.entries(registry)
      .filter(([name]) => !name.startsWith('gds.'))
      .map(([name, { description, rolesExecution, rolesBoostedExecution, ...entry }]) => [name, {
        ...entry,
        ...(Array.isArray(entry.argumentDescription) && { argumentDescription: entry.argumentDescription.map(({ description: _, ...a }) => a) }),
        ...(Array.isArray(entry.returnDescription) && { returnDescription: entry.returnDescription.map(({ description: _, ...a }) => a) }),
      }]));
  }
  return out;
}

// Labels, types and property keys are left out on purpose: with them the linter warns about any not yet in a database.
const schema = {
  procedures: slim(testData.mockSchema.procedures),
  functions: slim(testData.mockSchema.functions),
  defaultLanguage: 'CYPHER 5',
};

const lint = (statement) => lintCypherQuery(statement, schema, { consoleCommandsEnabled: false }).diagnostics;
const at = (d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1 });
const undefinedParameter = /^Parameter \$(.*) is not defined\.$/;

function check({ name, statement, parameters }) {
  const errors = [];
  const warnings = [];
  const supplied = (parameters ?? []).map(String);
  const used = typeof statement === 'string' ? parseParameters(statement, false) : [];
  if (typeof statement !== 'string' || statement.trim() === '') {
    errors.push({ message: 'the statement is empty', line: 1, column: 1 });
  } else {
    for (const d of lint(statement)) {
      // Every parameter is "not defined" to the linter (it knows no values): they are compared below instead.
      if (undefinedParameter.test(d.message)) continue;
      const deprecated = (d.tags ?? []).includes(2) || /deprecat/i.test(d.message);
      if (d.severity === 1 || deprecated) errors.push({ message: (deprecated ? 'Deprecated: ' : '') + d.message, ...at(d) });
      else warnings.push({ message: d.message, ...at(d) });
    }
    const count = parseStatementsStrs(statement).length;
    if (count > 1) errors.push({ message: `the entry holds ${count} statements; the Query API runs one per request`, line: 1, column: 1 });
  }
  for (const p of used.filter((p) => !supplied.includes(p))) {
    errors.push({ message: `$${p} is used by the statement but not supplied by the code that sends it`, line: 1, column: 1 });
  }
  for (const p of supplied.filter((p) => !used.includes(p))) {
    errors.push({ message: `$${p} is supplied by the code but not used by the statement`, line: 1, column: 1 });
  }
  return { name, ok: errors.length === 0, errors, warnings, usedParameters: used };
}

// The analyser swallows its own crashes and then reports nothing: prove it works before trusting a pass.
const works = lint('MATCH (n) RETURN m').some((d) => d.severity === 1 && /Variable `m` not defined/.test(d.message))
  && lint('MATCH (n RETURN n').some((d) => d.severity === 1);
if (!works) {
  process.stderr.write('check-cypher: the Cypher analyser did not report known errors; its results cannot be trusted\n');
  process.exit(2);
}
const results = JSON.parse(readFileSync(0, 'utf8')).map(check);
process.stdout.write(JSON.stringify(results));
process.exit(results.every((r) => r.ok) ? 0 : 1);
