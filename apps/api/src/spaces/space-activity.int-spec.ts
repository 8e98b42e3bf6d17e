import { DEMO_PASSWORD } from '@condivisa/db';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlWsClient } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const INVITE = 'mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id } }';
const CASA = 'tavolo-provinciale-casa';

interface Received { action: string; summary: string; actor: { displayName: string } | null }

function follow(client: Client, spaceId: string) {
  const events: Received[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<{ spaceActivity: Received }>(
    { query: 'subscription($s: ID!) { spaceActivity(spaceId: $s) { action summary actor { displayName } } }', variables: { s: spaceId } },
    { next: (v) => v.data && events.push(v.data.spaceActivity), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { events, errors, dispose };
}

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('spaceActivity over graphql-ws', () => {
  let sut: TestApp;
  const agents: Record<string, ReturnType<typeof graphqlAgent>> = {};
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['tecnico', 'ets', 'coordinatrice', 'sindaco']) {
      agents[who] = graphqlAgent(sut.app);
      const res = await agents[who]!.agent.post('/graphql').send({ query: LOGIN, variables: { e: `${who}@condivisa.example`, p: DEMO_PASSWORD } });
      ids[who] = res.body.data.login.id;
      cookies[who] = String(res.headers['set-cookie']).split(';')[0]!;
    }
  });
  afterAll(() => sut.close());

  it('delivers each event to members only, and stops at once for a removed member', async () => {
    // tecnico coordinates the casa table; ets and coordinatrice are members; sindaco is not.
    const etsSocket = graphqlWsClient(sut, cookies['ets']!);
    const outsiderSocket = graphqlWsClient(sut, cookies['sindaco']!);
    const anonymousSocket = graphqlWsClient(sut, '');
    const ets = follow(etsSocket, CASA);
    const outsider = follow(outsiderSocket, CASA);
    const anonymous = follow(anonymousSocket, CASA);
    await settle();

    const invited = await agents['tecnico']!.gql<{ inviteToSpace: { id: string } }>(INVITE, {
      i: { spaceId: CASA, userId: ids['sindaco'], organizationId: 'comune-di-bergamo', role: 'OBSERVER' },
    });
    expect(invited.errors).toBeUndefined();
    await settle();
    expect(ets.events).toEqual([{ action: 'member.joined', summary: 'Tina Tecnica (demo) ha invitato Sandro Sindaco (demo) come osservatore', actor: { displayName: 'Tina Tecnica (demo)' } }]);
    expect(outsider.events).toEqual([]);
    expect(outsider.errors.length + anonymous.errors.length).toBe(2);
    expect(JSON.stringify(outsider.errors)).toMatch(/FORBIDDEN|membri/);

    // ets is removed while still subscribed: the next event does not reach them.
    const etsMember = await sut.sql.query('SELECT id FROM space_member WHERE space_id = $1 AND user_id = $2', [CASA, ids['ets']]);
    const removed = await agents['tecnico']!.gql('mutation($m: ID!) { removeMember(memberId: $m) }', { m: etsMember.rows[0].id });
    expect(removed.errors).toBeUndefined();
    await settle();
    const coordinatriceSocket = graphqlWsClient(sut, cookies['coordinatrice']!);
    const stillMember = follow(coordinatriceSocket, CASA);
    await settle();
    await agents['tecnico']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: MEMBER) { id } }', { m: invited.data!.inviteToSpace.id });
    await settle();
    expect(stillMember.events.map((e) => e.action)).toEqual(['member.roleChanged']);
    expect(ets.events.map((e) => e.action)).toEqual(['member.joined']); // not 'member.removed', not 'member.roleChanged'

    for (const s of [ets, outsider, anonymous, stillMember]) s.dispose();
    await Promise.all([etsSocket, outsiderSocket, anonymousSocket, coordinatriceSocket].map((c) => c.dispose()));
  });
});
