import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { dataSourceOptions, openDataSource, OrganizationEntity, OrganizationMembershipEntity, UserEntity } from '@condivisa/db';
import { normaliseEmail, passwordProblems } from '@condivisa/domain';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config';
import { createRootLogger } from './common/logger';
import { resolveDatabase } from './database/database-url';
import { prepareDatabase } from './bootstrap';
import { PasswordHasher } from './identity/password-hasher';
import { printSchema } from './schema/print-schema';

const USAGE = `Uso:
  npm run create-admin -- --email E --password P [--name "Nome"] [--organization ID]
  node dist/apps/api/cli.cjs schema:print [--out apps/api/schema.gql]
  node dist/apps/api/cli.cjs migration:pending [--write Nome]
      stampa l'SQL che manca rispetto alle entità; con --write lo salva come nuova migrazione in libs/db/src/migrations`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-admin':
      return createAdmin(rest);
    case 'schema:print': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      const sdl = await printSchema();
      if (values.out) writeFileSync(values.out, sdl);
      else process.stdout.write(sdl);
      return 0;
    }
    case 'migration:pending': {
      const { values } = parseArgs({ args: rest, options: { write: { type: 'string' } } });
      return pendingMigration(values.write);
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

async function createAdmin(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' } },
  });
  if (!values.email || !values.password || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
    process.stderr.write(`Servono --email (valida) e --password.\n${USAGE}\n`);
    return 2;
  }
  const email = normaliseEmail(values.email);
  const problems = passwordProblems(values.password, email);
  if (problems.length > 0) {
    process.stderr.write(`Password troppo debole:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const logger = createRootLogger(process.env['LOG_LEVEL'] ?? 'warn');
  const { url, embedded } = await resolveDatabase(config, logger);
  try {
    await prepareDatabase(url, { seedDemo: false }, logger);
    const ds = await openDataSource(url);
    try {
      const passwordHash = await new PasswordHasher().hash(values.password);
      await ds.transaction(async (m) => {
        await m.createQueryBuilder().insert().into(UserEntity)
          .values({ email, displayName: values.name ?? 'Amministratore', platformRole: 'ADMIN', passwordHash })
          .orUpdate(['platform_role', 'password_hash'], ['email'])
          .execute();
        const organizationId = values.organization ?? 'ats-bergamo';
        if (await m.existsBy(OrganizationEntity, { id: organizationId })) {
          const user = await m.findOneByOrFail(UserEntity, { email });
          await m.createQueryBuilder().insert().into(OrganizationMembershipEntity)
            .values({ userId: user.id, organizationId, position: 'Amministratore della piattaforma' })
            .orIgnore().execute();
        }
      });
      process.stdout.write(`Amministratore pronto: ${email}\n`);
      return 0;
    } finally {
      await ds.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

/** Prints the SQL needed to bring a migrated database in line with the entities (empty when in sync). */
async function pendingMigration(writeAs: string | undefined): Promise<number> {
  const config = loadConfig(process.env);
  const logger = createRootLogger('warn');
  const { url, embedded } = await resolveDatabase(config, logger);
  try {
    await (await openDataSource(url)).destroy();
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries) process.stdout.write(`${q.query};\n`);
    await ds.destroy();
    if (writeAs && sql.upQueries.length > 0) {
      const file = writeMigration(writeAs, sql.upQueries.map((q) => q.query), sql.downQueries.map((q) => q.query).reverse());
      process.stdout.write(`\nScritta ${file}: aggiungila a MIGRATIONS in libs/db/src/migrations/index.ts\n`);
    }
    return sql.upQueries.length === 0 ? 0 : 1;
  } finally {
    await embedded?.stop();
  }
}

function writeMigration(name: string, up: string[], down: string[]): string {
  const stamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${stamp}`;
  const file = `libs/db/src/migrations/${stamp}-${name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.ts`;
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  writeFileSync(file, `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`);
  return file;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
    process.exit(1);
  },
);
