import type { DataSource } from 'typeorm';
import {
  OrganizationEntity, OrganizationMembershipEntity, SpaceMemberEntity, UserEntity, type PlatformRoleValue, type SpaceRoleValue,
} from '../entities';

/** Password of every demo account: for local use only, printed in the README. */
export const DEMO_PASSWORD = 'Condivisa-Demo-2025!';

/** A fictional social cooperative: the seed data names no individual ETS cooperative. */
export const DEMO_COOPERATIVE_ID = 'demo-cooperativa-sociale-il-ponte';

export interface DemoAccount {
  email: string;
  displayName: string;
  platformRole: PlatformRoleValue;
  organizationId: string;
  position: string;
  /** Spaces the person belongs to, with the role. */
  spaces: { spaceId: string; role: SpaceRoleValue }[];
}

/** One obviously fictional person per role. Never real people's names. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@condivisa.example', displayName: 'Ada Amministratrice (demo)', platformRole: 'ADMIN', organizationId: 'ats-bergamo', position: 'Amministratrice della piattaforma', spaces: [] },
  { email: 'coordinatrice@condivisa.example', displayName: 'Carla Coordinatrice (demo)', platformRole: 'USER', organizationId: 'ambito-dalmine', position: 'Coordinatrice Ufficio di Piano',
    spaces: [{ spaceId: 'tavolo-sviluppo-welfare-locale', role: 'COORDINATOR' }, { spaceId: 'tavolo-provinciale-casa', role: 'MEMBER' }] },
  { email: 'ets@condivisa.example', displayName: 'Enrico Terzosettore (demo)', platformRole: 'USER', organizationId: DEMO_COOPERATIVE_ID, position: 'Referente progettazione',
    spaces: [{ spaceId: 'tavolo-provinciale-casa', role: 'MEMBER' }] },
  { email: 'tecnico@condivisa.example', displayName: 'Tina Tecnica (demo)', platformRole: 'USER', organizationId: 'asst-bergamo-ovest', position: 'Assistente sociale',
    spaces: [{ spaceId: 'tavolo-sviluppo-welfare-locale', role: 'MEMBER' }, { spaceId: 'tavolo-provinciale-casa', role: 'COORDINATOR' }] },
  { email: 'sindaco@condivisa.example', displayName: 'Sandro Sindaco (demo)', platformRole: 'USER', organizationId: 'comune-di-bergamo', position: 'Componente del Collegio dei Sindaci di ATS Bergamo',
    spaces: [{ spaceId: 'collegio-dei-sindaci', role: 'REVIEWER' }] },
];

/**
 * Adds the demo accounts (and the fictional cooperative) when they are missing.
 * Existing accounts are left alone, so a changed demo password survives a restart.
 */
export async function seedDemo(ds: DataSource, hashPassword: (p: string) => Promise<string>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (m) => {
    await m.createQueryBuilder().insert().into(OrganizationEntity).values({
      id: DEMO_COOPERATIVE_ID,
      name: 'Cooperativa Sociale Il Ponte (demo)',
      sector: 'ETS',
      type: 'Cooperativa sociale di tipo A',
      fiscalCode: '12345678903',
      runtsNumber: '000000',
      ambitoId: 'dalmine',
      aliases: [],
      notes: 'Ente fittizio dei dati dimostrativi.',
      searchText: 'cooperativa sociale il ponte demo',
    }).orIgnore().execute();
    for (const account of DEMO_ACCOUNTS) {
      const organizationExists = await m.existsBy(OrganizationEntity, { id: account.organizationId });
      if (!organizationExists) throw new Error(`Demo seed: organisation ${account.organizationId} is missing`);
      await m.createQueryBuilder().insert().into(UserEntity).values({
        email: account.email, displayName: account.displayName, platformRole: account.platformRole, passwordHash,
      }).orIgnore().execute();
      const user = await m.findOneByOrFail(UserEntity, { email: account.email });
      await m.createQueryBuilder().insert().into(OrganizationMembershipEntity).values({
        userId: user.id, organizationId: account.organizationId, position: account.position,
      }).orIgnore().execute();
      for (const { spaceId, role } of account.spaces) {
        await m.createQueryBuilder().insert().into(SpaceMemberEntity).values({
          spaceId, userId: user.id, organizationId: account.organizationId, role,
        }).orIgnore().execute();
      }
    }
  });
}
