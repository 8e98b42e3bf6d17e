// Fails when apps/api/schema.gql differs from the schema the resolvers generate.
// Run `npm run schema:generate` and commit the result to fix it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const committed = readFileSync('apps/api/schema.gql', 'utf8');
const generated = execFileSync(process.execPath, ['dist/apps/api/cli.cjs', 'schema:print'], { encoding: 'utf8' });
if (committed !== generated) {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  console.error(`apps/api/schema.gql is stale (first difference at line ${line + 1}):`);
  console.error(`  committed: ${a[line] ?? '<end of file>'}`);
  console.error(`  generated: ${b[line] ?? '<end of file>'}`);
  console.error('Run `npm run schema:generate` and commit apps/api/schema.gql.');
  process.exit(1);
}
console.log('apps/api/schema.gql is up to date');
