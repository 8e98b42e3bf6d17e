import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema as printGraphqlSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { printSchema } from './print-schema';

describe('schema.gql', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp({}, { seedDemo: false });
  });
  afterAll(() => sut.close());

  it('is what the running API serves and what the resolvers generate', async () => {
    const committed = readFileSync('apps/api/schema.gql', 'utf8');
    const served = printGraphqlSchema(lexicographicSortSchema(sut.app.get(GraphQLSchemaHost).schema));
    expect(committed).toContain(served);
    expect(await printSchema()).toBe(committed);
  });
});
