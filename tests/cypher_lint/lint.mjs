// Lint Cypher statements with Neo4j's own parser and semantic analysis, in one process.
//
// stdin:  {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//          "statements": [{"name": "...", "cypher": "...", "params": ["rows", ...]}, ...]}
// stdout: [{"name": "...", "diagnostics": [{"severity": "error"|"warning"|"information"|"hint",
//           "message": "...", "line": 1, "column": 1}]}, ...]
// The functions and procedures registry is the package's mock Cypher 5 registry (Neo4j's
// built-ins plus APOC), so unknown functions are reported too.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

const input = JSON.parse(await readStdin());
const base = {
  labels: input.schema?.labels ?? [],
  relationshipTypes: input.schema?.relationshipTypes ?? [],
  propertyKeys: input.schema?.propertyKeys,
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  defaultLanguage: 'CYPHER 5',
};

const results = input.statements.map(({ name, cypher, params }) => {
  const parameters = Object.fromEntries((params ?? []).map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(cypher, { ...base, parameters });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results) + '\n');
