import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('hostile requests get a coded error and the server stays up', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({}, { seedDemo: false });
  });
  afterAll(() => sut.close());

  it('refuses a query 100 levels deep before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < 100; i++) selection = `parent { ${selection} }`;
    const res = await request(sut.app.getHttpServer()).post('/graphql').send({ query: `{ organizations { ${selection} } }` });
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/depth/i);
  });

  it('refuses a 10 MB body with 413 and a code', async () => {
    const huge = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    const res = await request(sut.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(huge);
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON and unknown fields with request errors, not stack traces', async () => {
    const malformed = await request(sut.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await request(sut.app.getHttpServer()).post('/graphql').send({ query: '{ nope }' });
    expect(unknown.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(unknown.body)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('is still healthy and ready afterwards', async () => {
    expect((await request(sut.app.getHttpServer()).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(sut.app.getHttpServer()).get('/readyz')).body).toEqual({ status: 'ok', database: 'ok' });
  });
});
