import { DEMO_PASSWORD, queryCounter } from '@condivisa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const CREATE = 'mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id name kind parent { id } myRole } }';
const INVITE = 'mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id role user { id displayName } organization { id } } }';
const WELFARE = 'tavolo-sviluppo-welfare-locale';
const CASA = 'tavolo-provinciale-casa';

type Agent = ReturnType<typeof graphqlAgent>;

describe('spaces: seeded bodies, creation, membership, roles, activity, notifications', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['admin', 'coordinatrice', 'ets', 'tecnico', 'sindaco']) {
      as[who] = graphqlAgent(sut.app);
      const res = await as[who]!.gql<{ login: { id: string } }>(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
      ids[who] = res.data!.login.id;
    }
  });
  afterAll(() => sut.close());

  it('seeds the 50 bodies of the Prologo and the single governance bodies, with objectives and member organisations', async () => {
    const res = await as['ets']!.gql<{ spaces: { id: string; kind: string }[] }>('{ spaces { id kind } }');
    // 50 tables + Collegio dei Sindaci, its joint session with the Assemblee presidents,
    // the provincial technical structure and the 3 Conferenze dei Sindaci (one per ASST).
    expect(res.data!.spaces).toHaveLength(56);
    expect(res.data!.spaces.filter((s) => s.id.startsWith('conferenza-sindaci-asst-'))).toHaveLength(3);
    expect(res.data!.spaces.find((s) => s.id === 'collegio-dei-sindaci')!.kind).toBe('ORGANISMO');
    const welfare = await as['ets']!.gql<{ space: { name: string; objectives: { id: string }[]; memberOrganizations: { id: string }[]; visibility: string } }>(
      `{ space(id: "${WELFARE}") { name visibility objectives { id } memberOrganizations { id } } }`,
    );
    expect(welfare.data!.space.name).toBe('Tavolo di sviluppo del welfare locale');
    expect(welfare.data!.space.objectives.map((o) => o.id)).toEqual(['iss-5-sviluppo-del-welfare-locale']);
    expect(welfare.data!.space.memberOrganizations.map((o) => o.id)).toEqual(expect.arrayContaining(['ats-bergamo', 'legacoop', 'csv']));
    const anonymous = await graphqlAgent(sut.app).gql<{ spaces: unknown[] }>('{ spaces { id } }');
    expect(anonymous.data!.spaces).toEqual([]);
  });

  it('lets anyone browse the 12 objectives with their 84 actions and the spaces serving them', async () => {
    const res = await graphqlAgent(sut.app).gql<{ objectives: { id: string; actions: { year: number | null }[] }[] }>('{ objectives { id track number actions { year years text } } }');
    expect(res.data!.objectives).toHaveLength(12);
    expect(res.data!.objectives.flatMap((o) => o.actions)).toHaveLength(84);
    const signedIn = await as['ets']!.gql<{ objective: { spaces: { id: string }[] } }>('{ objective(id: "iss-5-sviluppo-del-welfare-locale") { spaces { id } } }');
    expect(signedIn.data!.objective.spaces.map((s) => s.id)).toContain(WELFARE);
  });

  it('"mine" lists the demo coordinator\'s spaces with her role', async () => {
    const res = await as['coordinatrice']!.gql<{ spaces: { id: string; myRole: string }[] }>('{ spaces(filter: { mine: true }) { id myRole } }');
    expect(res.data!.spaces).toEqual(expect.arrayContaining([{ id: WELFARE, myRole: 'COORDINATOR' }, { id: CASA, myRole: 'MEMBER' }]));
    expect(res.data!.spaces).toHaveLength(2);
  });

  it('a coordinator creates a working group under her tavolo and coordinates it; others may not', async () => {
    const created = await as['coordinatrice']!.gql<{ createSpace: { id: string; kind: string; parent: { id: string }; myRole: string } }>(CREATE, {
      i: { kind: 'GRUPPO_DI_LAVORO', name: 'Gruppo mappa degli strumenti', scope: 'PROVINCIALE', parentId: WELFARE, objectiveIds: ['iss-5-sviluppo-del-welfare-locale'] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSpace).toMatchObject({ kind: 'GRUPPO_DI_LAVORO', parent: { id: WELFARE }, myRole: 'COORDINATOR' });
    ids['group'] = created.data!.createSpace.id;

    const notCoordinator = await as['coordinatrice']!.gql(CREATE, { i: { kind: 'GRUPPO_DI_LAVORO', name: 'Gruppo abusivo', scope: 'PROVINCIALE', parentId: CASA } });
    expect(notCoordinator.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const topLevel = await as['tecnico']!.gql(CREATE, { i: { kind: 'TAVOLO', name: 'Tavolo nuovo', scope: 'PROVINCIALE' } });
    expect(topLevel.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const badAmbito = await as['admin']!.gql(CREATE, { i: { kind: 'TAVOLO', name: 'Tavolo locale', scope: 'AMBITO', ambitoId: 'atlantide' } });
    expect(badAmbito.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const adminTop = await as['admin']!.gql<{ createSpace: { id: string } }>(CREATE, { i: { kind: 'TAVOLO', name: 'Tavolo di Dalmine', scope: 'AMBITO', ambitoId: 'dalmine' } });
    expect(adminTop.errors).toBeUndefined();
    // An Ambito-level space keeps its Ambito when its objectives change.
    const retargeted = await as['admin']!.gql<{ updateSpace: { ambito: { id: string }; objectives: { id: string }[] } }>(
      'mutation($id: ID!) { updateSpace(id: $id, input: { objectiveIds: ["soc-3-casa"] }) { ambito { id } objectives { id } } }',
      { id: adminTop.data!.createSpace.id },
    );
    expect(retargeted.errors).toBeUndefined();
    expect(retargeted.data!.updateSpace).toEqual({ ambito: { id: 'dalmine' }, objectives: [{ id: 'soc-3-casa' }] });
    const parentActivity = await as['coordinatrice']!.gql<{ space: { activity: { action: string; summary: string }[] } }>(`{ space(id: "${WELFARE}") { activity { action summary } } }`);
    expect(parentActivity.data!.space.activity[0]).toEqual({ action: 'space.childCreated', summary: 'Carla Coordinatrice (demo) ha creato «Gruppo mappa degli strumenti» in questo spazio' });
  });

  it('invites an existing person once, however many times it is asked, and notifies them', async () => {
    const input = { spaceId: ids['group'], userId: ids['ets'], organizationId: 'demo-cooperativa-sociale-il-ponte', role: 'MEMBER' };
    const first = await as['coordinatrice']!.gql<{ inviteToSpace: { id: string; role: string } }>(INVITE, { i: input });
    expect(first.errors).toBeUndefined();
    const second = await as['coordinatrice']!.gql<{ inviteToSpace: { id: string } }>(INVITE, { i: { ...input, role: 'OBSERVER' } });
    expect(second.data!.inviteToSpace.id).toBe(first.data!.inviteToSpace.id);
    ids['etsMember'] = first.data!.inviteToSpace.id;
    const rows = await sut.sql.query("SELECT count(*)::int n FROM audit_event WHERE space_id = $1 AND action = 'member.joined'", [ids['group']]);
    expect(rows.rows[0].n).toBe(1);

    const mine = await as['ets']!.gql<{ spaces: { id: string; myRole: string; unreadCount: number }[]; unreadNotificationCount: number; notifications: { title: string; link: string }[] }>(
      '{ spaces(filter: { mine: true }) { id myRole unreadCount } unreadNotificationCount notifications { title link } }',
    );
    expect(mine.data!.spaces).toContainEqual({ id: ids['group'], myRole: 'MEMBER', unreadCount: 1 });
    expect(mine.data!.unreadNotificationCount).toBe(1);
    expect(mine.data!.notifications[0]).toEqual({ title: 'Sei stato invitato nel gruppo di lavoro «Gruppo mappa degli strumenti»', link: `/spazi/${ids['group']}` });
    const marked = await as['ets']!.gql<{ markNotificationsRead: number }>('mutation { markNotificationsRead }');
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect((await as['ets']!.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).data!.unreadNotificationCount).toBe(0);
  });

  it('invites a new person by e-mail through the platform invitation, mentioning the space', async () => {
    const res = await as['coordinatrice']!.gql<{ inviteToSpace: { user: { displayName: string } } }>(INVITE, {
      i: { spaceId: ids['group'], email: 'nuova.volontaria@odv.example', displayName: 'Nora Volontaria', organizationId: 'csv', role: 'OBSERVER' },
    });
    expect(res.errors).toBeUndefined();
    const mail = await sut.sql.query("SELECT text_body FROM outbox_email WHERE to_address = 'nuova.volontaria@odv.example'");
    expect(mail.rows[0].text_body).toMatch(/per partecipare nel gruppo di lavoro «Gruppo mappa degli strumenti»/);
    expect(mail.rows[0].text_body).toMatch(/\/invito\/[A-Za-z0-9_-]{40,}/);
  });

  it('a failed invitation writes nothing: no member, no event, no notification', async () => {
    const before = await sut.sql.query('SELECT (SELECT count(*) FROM space_member) m, (SELECT count(*) FROM audit_event) a, (SELECT count(*) FROM notification) n, (SELECT count(*) FROM app_user) u');
    const res = await as['coordinatrice']!.gql(INVITE, { i: { spaceId: ids['group'], email: 'fantasma@ente.example', displayName: 'Fantasma', organizationId: 'ente-inesistente', role: 'MEMBER' } });
    expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const after = await sut.sql.query('SELECT (SELECT count(*) FROM space_member) m, (SELECT count(*) FROM audit_event) a, (SELECT count(*) FROM notification) n, (SELECT count(*) FROM app_user) u');
    expect(after.rows).toEqual(before.rows);
  });

  it("keeps one space's members and activity away from other spaces' members, whatever the query", async () => {
    // ets is a member of the group and of the casa table, not of the welfare table.
    const members = await as['ets']!.gql(`{ space(id: "${WELFARE}") { members { id } } }`);
    expect(members.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const activity = await as['ets']!.gql(`{ space(id: "${WELFARE}") { activity { id } } }`);
    expect(activity.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const audit = await as['ets']!.gql(`{ space(id: "${ids['group']}") { auditTrail { id } } }`);
    expect(audit.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const viaSpaces = await as['ets']!.gql(`{ spaces { id members { id } } }`);
    expect(viaSpaces.errors!.every((e) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    // Guessing another space's member id does not let a coordinator of this group change it.
    const welfareMember = await sut.sql.query("SELECT id FROM space_member WHERE space_id = $1 AND role = 'MEMBER' LIMIT 1", [WELFARE]);
    const guess = await as['tecnico']!.gql('mutation($m: ID!) { removeMember(memberId: $m) }', { m: (await sut.sql.query("SELECT id FROM space_member WHERE space_id = $1 AND user_id = $2", [ids['group'], ids['ets']])).rows[0].id });
    expect(guess.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(welfareMember.rows.length).toBe(1);
    const anonymous = await graphqlAgent(sut.app).gql(`{ space(id: "${ids['group']}") { id } }`);
    expect((anonymous.data as { space: null }).space).toBeNull();
  });

  it('coordinators update their space; members may not; an archived space is read-only for everybody', async () => {
    const UPDATE = 'mutation($id: ID!, $i: UpdateSpaceInput!) { updateSpace(id: $id, input: $i) { name description visibility objectives { id } } }';
    const updated = await as['coordinatrice']!.gql<{ updateSpace: { name: string; visibility: string; objectives: { id: string }[] } }>(UPDATE, {
      id: ids['group'], i: { name: 'Gruppo mappa degli strumenti PA-ETS', visibility: 'PUBLIC', objectiveIds: ['iss-5-sviluppo-del-welfare-locale', 'soc-3-casa'] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSpace).toMatchObject({ name: 'Gruppo mappa degli strumenti PA-ETS', visibility: 'PUBLIC' });
    expect(updated.data!.updateSpace.objectives.map((o) => o.id).sort()).toEqual(['iss-5-sviluppo-del-welfare-locale', 'soc-3-casa']);
    expect((await as['ets']!.gql(UPDATE, { id: ids['group'], i: { name: 'Preso' } })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await as['coordinatrice']!.gql(UPDATE, { id: ids['group'], i: { objectiveIds: ['inesistente'] } })).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await as['coordinatrice']!.gql(UPDATE, { id: ids['group'], i: { name: 'x' } })).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');

    const scratch = await as['coordinatrice']!.gql<{ createSpace: { id: string } }>(CREATE, { i: { kind: 'GRUPPO_DI_LAVORO', name: 'Gruppo da archiviare', scope: 'PROVINCIALE', parentId: WELFARE } });
    const id = scratch.data!.createSpace.id;
    expect((await as['ets']!.gql('mutation($id: ID!) { archiveSpace(id: $id) { archived } }', { id })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const archived = await as['coordinatrice']!.gql<{ archiveSpace: { archived: boolean } }>('mutation($id: ID!) { archiveSpace(id: $id) { archived } }', { id });
    expect(archived.data!.archiveSpace.archived).toBe(true);
    for (const [who, query, vars] of [
      ['coordinatrice', UPDATE, { id, i: { name: 'Ancora qui' } }],
      ['admin', UPDATE, { id, i: { name: 'Ancora qui' } }],
      ['coordinatrice', INVITE, { i: { spaceId: id, userId: ids['ets'], organizationId: 'csv', role: 'MEMBER' } }],
      ['coordinatrice', CREATE, { i: { kind: 'GRUPPO_DI_LAVORO', name: 'Figlio di archiviato', scope: 'PROVINCIALE', parentId: id } }],
    ] as const) {
      const res = await as[who]!.gql(query, vars as Record<string, unknown>);
      expect(res.errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect(res.errors![0]!.message).toMatch(/archiviato/);
    }
    const listed = await as['coordinatrice']!.gql<{ spaces: { id: string }[] }>('{ spaces(filter: { mine: true }) { id } }');
    expect(listed.data!.spaces.map((s) => s.id)).not.toContain(id);
    const withArchived = await as['coordinatrice']!.gql<{ spaces: { id: string }[] }>('{ spaces(filter: { mine: true, includeArchived: true }) { id } }');
    expect(withArchived.data!.spaces.map((s) => s.id)).toContain(id);
    const readable = await as['coordinatrice']!.gql<{ space: { activity: { action: string }[] } }>(`{ space(id: "${id}") { activity { action } } }`);
    expect(readable.data!.space.activity[0]!.action).toBe('space.archived');
  });

  it('an observer cannot invite; a member cannot change roles', async () => {
    await as['coordinatrice']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: OBSERVER) { role } }', { m: ids['etsMember'] });
    const invite = await as['ets']!.gql(INVITE, { i: { spaceId: ids['group'], userId: ids['tecnico'], organizationId: 'asst-bergamo-ovest', role: 'MEMBER' } });
    expect(invite.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const promote = await as['ets']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: COORDINATOR) { role } }', { m: ids['etsMember'] });
    expect(promote.errors![0]!.extensions.code).toBe('FORBIDDEN');
    await as['coordinatrice']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: MEMBER) { role } }', { m: ids['etsMember'] });
  });

  it('the last coordinator can neither leave, nor be removed, nor be demoted', async () => {
    const own = await sut.sql.query('SELECT id FROM space_member WHERE space_id = $1 AND user_id = $2', [ids['group'], ids['coordinatrice']]);
    const memberId = own.rows[0].id as string;
    for (const [query, vars] of [
      ['mutation($s: ID!) { leaveSpace(spaceId: $s) }', { s: ids['group'] }],
      ['mutation($m: ID!) { removeMember(memberId: $m) }', { m: memberId }],
      ['mutation($m: ID!) { changeMemberRole(memberId: $m, role: MEMBER) { id } }', { m: memberId }],
    ] as const) {
      const res = await as['coordinatrice']!.gql(query, vars);
      expect(res.errors![0]!.extensions.code).toBe('CONFLICT');
    }
    // With a second coordinator, the first may go.
    await as['coordinatrice']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: COORDINATOR) { role } }', { m: ids['etsMember'] });
    expect((await as['coordinatrice']!.gql('mutation($s: ID!) { leaveSpace(spaceId: $s) }', { s: ids['group'] })).errors).toBeUndefined();
    const feed = await as['ets']!.gql<{ space: { activity: { action: string }[] } }>(`{ space(id: "${ids['group']}") { activity { action } } }`);
    expect(feed.data!.space.activity.slice(0, 2).map((a) => a.action)).toEqual(['member.left', 'member.roleChanged']);
  });

  it('runs a bounded number of SQL queries for a space page, whatever the number of members and children', async () => {
    const PAGE = `query($id: ID!) { space(id: $id) { id name parent { id name } permissions { canInvite } myRole memberCount unreadCount
      objectives { id title } memberOrganizations { id name }
      children { id name kind memberCount myRole objectives { id } }
      members { id role user { id displayName } organization { id name } }
      activity(limit: 20) { summary actor { displayName } } } }`;
    const big = await as['admin']!.gql<{ createSpace: { id: string } }>(CREATE, { i: { kind: 'TAVOLO', name: 'Tavolo affollato', scope: 'PROVINCIALE' } });
    const small = await as['admin']!.gql<{ createSpace: { id: string } }>(CREATE, { i: { kind: 'TAVOLO', name: 'Tavolo piccolo', scope: 'PROVINCIALE' } });
    const bigId = big.data!.createSpace.id;
    const smallId = small.data!.createSpace.id;
    await sut.sql.query(`
      INSERT INTO app_user (email, display_name) SELECT 'p' || i || '@bench.example', 'Persona ' || i FROM generate_series(1, 60) i;
      INSERT INTO space_member (space_id, user_id, organization_id, role) SELECT '${bigId}', id, 'csv', 'MEMBER' FROM app_user WHERE email LIKE '%@bench.example' LIMIT 49;
      INSERT INTO space_member (space_id, user_id, organization_id, role) SELECT '${smallId}', id, 'csv', 'MEMBER' FROM app_user WHERE email LIKE '%@bench.example' LIMIT 4;
      INSERT INTO space (id, kind, name, scope, parent_id, visibility, search_text) SELECT '${bigId}-c' || i, 'GRUPPO_DI_LAVORO', 'Gruppo ' || i, 'PROVINCIALE', '${bigId}', 'MEMBERS', 'gruppo' FROM generate_series(1, 20) i;
      INSERT INTO space (id, kind, name, scope, parent_id, visibility, search_text) SELECT '${smallId}-c' || i, 'GRUPPO_DI_LAVORO', 'Gruppo ' || i, 'PROVINCIALE', '${smallId}', 'MEMBERS', 'gruppo' FROM generate_series(1, 2) i;
    `);
    const count = async (id: string) => {
      const before = queryCounter.count;
      const res = await as['admin']!.gql<{ space: { members: unknown[]; children: unknown[] } }>(PAGE, { id });
      expect(res.errors).toBeUndefined();
      return { queries: queryCounter.count - before, members: res.data!.space.members.length, children: res.data!.space.children.length };
    };
    const bigPage = await count(bigId);
    const smallPage = await count(smallId);
    expect(bigPage.members).toBe(50);
    expect(bigPage.children).toBe(20);
    expect(smallPage.members).toBe(5);
    expect(bigPage.queries).toBe(smallPage.queries);
    expect(bigPage.queries).toBeLessThanOrEqual(15);
    console.log(`space page: ${bigPage.queries} SQL queries with 50 members and 20 children (${smallPage.queries} with 5 and 2)`);
  });
});
