import { DEMO_PASSWORD } from '@condivisa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id displayName platformRole } }';
const ME = '{ me { email platformRole memberships { organization { id } position } } }';
const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { email expiresAt user { id } } }';
const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email displayName } }';

async function lastLinkTo(sut: TestApp, email: string, path: string): Promise<string> {
  const res = await sut.sql.query('SELECT text_body FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1', [email]);
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(res.rows[0]?.text_body ?? '');
  if (!match) throw new Error(`no ${path} link in the outbox for ${email}`);
  return match[1]!;
}

describe('identity: login, sessions, invitations, password reset', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_EMAIL: '3', LOG_LEVEL: 'error' });
  });
  afterAll(() => sut.close());

  it('logs the demo coordinator in with an httpOnly SameSite cookie, and out again', async () => {
    const client = graphqlAgent(sut.app);
    const res = await client.agent.post('/graphql').send({ query: LOGIN, variables: { e: ' Coordinatrice@Condivisa.example ', p: DEMO_PASSWORD } });
    expect(res.body.data.login.displayName).toBe('Carla Coordinatrice (demo)');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/condivisa_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await client.gql<{ me: { email: string; memberships: { organization: { id: string } }[] } }>(ME);
    expect(me.data!.me.email).toBe('coordinatrice@condivisa.example');
    expect(me.data!.me.memberships[0]!.organization.id).toBe('ambito-dalmine');
    await client.gql('mutation { logout }');
    expect((await client.gql<{ me: null }>(ME)).data!.me).toBeNull();
    const sessions = await sut.sql.query("SELECT count(*)::int n FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'coordinatrice@condivisa.example'");
    expect(sessions.rows[0].n).toBe(0);
  });

  it('answers a wrong password and an unknown e-mail with the same generic error', async () => {
    const { gql } = graphqlAgent(sut.app);
    const wrong = await gql(LOGIN, { e: 'tecnico@condivisa.example', p: 'not-the-password' });
    const unknown = await gql(LOGIN, { e: 'nobody@condivisa.example', p: 'whatever-password' });
    expect(wrong.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('rejects a malformed e-mail as bad input naming the field', async () => {
    const { gql } = graphqlAgent(sut.app);
    const res = await gql(LOGIN, { e: 'not-an-email', p: 'x' });
    expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields![0]!.field).toBe('email');
  });

  it('rate-limits repeated failures for one e-mail, even with the right password afterwards', async () => {
    const { gql } = graphqlAgent(sut.app);
    for (let i = 0; i < 3; i++) {
      expect((await gql(LOGIN, { e: 'sindaco@condivisa.example', p: 'wrong-password' })).errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await gql(LOGIN, { e: 'sindaco@condivisa.example', p: DEMO_PASSWORD });
    expect(blocked.errors![0]!.extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors![0]!.message).toMatch(/Riprova tra \d+ minuti/);
    // Another account is not affected.
    expect((await gql(LOGIN, { e: 'ets@condivisa.example', p: DEMO_PASSWORD })).data).toBeTruthy();
  });

  it('lets only signed-in admins invite', async () => {
    const anonymous = graphqlAgent(sut.app);
    const input = { email: 'nuova@ets.example', displayName: 'Nuova Persona', organizationId: 'csv' };
    expect((await anonymous.gql(INVITE, { i: input })).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const member = graphqlAgent(sut.app);
    await member.gql(LOGIN, { e: 'tecnico@condivisa.example', p: DEMO_PASSWORD });
    expect((await member.gql(INVITE, { i: input })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const count = await sut.sql.query("SELECT count(*)::int n FROM app_user WHERE email = 'nuova@ets.example'");
    expect(count.rows[0].n).toBe(0);
  });

  it('invites a person by e-mail; the link sets a strong password once, then stops working', async () => {
    const admin = graphqlAgent(sut.app);
    await admin.gql(LOGIN, { e: 'admin@condivisa.example', p: DEMO_PASSWORD });
    const invited = await admin.gql<{ inviteUser: { email: string; expiresAt: string } }>(INVITE, {
      i: { email: 'Operatrice@Cooperativa.example', displayName: 'Olga Operatrice', organizationId: 'csv', position: 'Volontaria' },
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser.email).toBe('operatrice@cooperativa.example');
    expect(new Date(invited.data!.inviteUser.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    const token = await lastLinkTo(sut, 'operatrice@cooperativa.example', 'invito');

    const person = graphqlAgent(sut.app);
    const weak = await person.gql(ACCEPT, { t: token, p: 'short' });
    expect(weak.errors![0]!.extensions.code).toBe('WEAK_PASSWORD');
    expect(weak.errors![0]!.extensions.fields![0]!.field).toBe('password');
    // The weak attempt did not consume the link.
    const ok = await person.gql<{ acceptInvitation: { email: string } }>(ACCEPT, { t: token, p: 'Una-Password-Solida-42' });
    expect(ok.data!.acceptInvitation.email).toBe('operatrice@cooperativa.example');
    const me = await person.gql<{ me: { memberships: { organization: { id: string }; position: string }[] } }>(ME);
    expect(me.data!.me.memberships).toEqual([{ organization: { id: 'csv' }, position: 'Volontaria' }]);

    const reused = await graphqlAgent(sut.app).gql(ACCEPT, { t: token, p: 'Altra-Password-Solida-42' });
    expect(reused.errors![0]!.extensions.code).toBe('INVALID_TOKEN');
    const login = await graphqlAgent(sut.app).gql(LOGIN, { e: 'operatrice@cooperativa.example', p: 'Una-Password-Solida-42' });
    expect(login.errors).toBeUndefined();
  });

  it('refuses an expired invitation link and a renewed invitation replaces the old link', async () => {
    const admin = graphqlAgent(sut.app);
    await admin.gql(LOGIN, { e: 'admin@condivisa.example', p: DEMO_PASSWORD });
    const input = { email: 'ritardo@comune.example', displayName: 'Rita Ritardo', organizationId: 'comune-di-bergamo' };
    await admin.gql(INVITE, { i: input });
    const first = await lastLinkTo(sut, input.email, 'invito');
    await admin.gql(INVITE, { i: input });
    const second = await lastLinkTo(sut, input.email, 'invito');
    expect(second).not.toBe(first);
    expect((await graphqlAgent(sut.app).gql(ACCEPT, { t: first, p: 'Una-Password-Solida-42' })).errors![0]!.extensions.code).toBe('INVALID_TOKEN');
    await sut.sql.query("UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL");
    expect((await graphqlAgent(sut.app).gql(ACCEPT, { t: second, p: 'Una-Password-Solida-42' })).errors![0]!.extensions.code).toBe('INVALID_TOKEN');
    const user = await sut.sql.query('SELECT password_hash FROM app_user WHERE email = $1', [input.email]);
    expect(user.rows[0].password_hash).toBeNull();
    // Inviting the same person twice did not duplicate the account or the membership.
    const counts = await sut.sql.query('SELECT count(DISTINCT u.id)::int users, count(m.*)::int memberships FROM app_user u JOIN organization_membership m ON m.user_id = u.id WHERE u.email = $1', [input.email]);
    expect(counts.rows[0]).toEqual({ users: 1, memberships: 1 });
  });

  it('resets a password by link, signs out other sessions, and does not reveal unknown addresses', async () => {
    const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const anonymous = graphqlAgent(sut.app);
    expect((await anonymous.gql<{ requestPasswordReset: boolean }>(RESET, { e: 'ghost@nowhere.example' })).data!.requestPasswordReset).toBe(true);
    const ghostMail = await sut.sql.query("SELECT count(*)::int n FROM outbox_email WHERE to_address = 'ghost@nowhere.example'");
    expect(ghostMail.rows[0].n).toBe(0);

    const other = graphqlAgent(sut.app);
    await other.gql(LOGIN, { e: 'tecnico@condivisa.example', p: DEMO_PASSWORD });
    expect((await anonymous.gql<{ requestPasswordReset: boolean }>(RESET, { e: 'tecnico@condivisa.example' })).data!.requestPasswordReset).toBe(true);
    const token = await lastLinkTo(sut, 'tecnico@condivisa.example', 'reimposta-password');
    const done = await anonymous.gql('mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }', { t: token, p: 'Nuova-Password-Tecnica-7' });
    expect(done.errors).toBeUndefined();
    expect((await other.gql<{ me: null }>(ME)).data!.me).toBeNull();
    expect((await graphqlAgent(sut.app).gql(LOGIN, { e: 'tecnico@condivisa.example', p: DEMO_PASSWORD })).errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    expect((await graphqlAgent(sut.app).gql(LOGIN, { e: 'tecnico@condivisa.example', p: 'Nuova-Password-Tecnica-7' })).errors).toBeUndefined();
    const hash = await sut.sql.query("SELECT password_hash FROM app_user WHERE email = 'tecnico@condivisa.example'");
    expect(hash.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});
