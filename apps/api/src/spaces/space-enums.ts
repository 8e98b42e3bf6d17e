import { registerEnumType } from '@nestjs/graphql';
import { SpaceKind, SpaceRole, SpaceScope, SpaceVisibility } from '@condivisa/domain';

registerEnumType(SpaceKind, { name: 'SpaceKind', description: 'Tipo di organismo collegiale' });
registerEnumType(SpaceScope, { name: 'SpaceScope', description: 'Livello territoriale' });
registerEnumType(SpaceVisibility, { name: 'SpaceVisibility', description: 'Chi vede i contenuti pubblicati' });
registerEnumType(SpaceRole, { name: 'SpaceRole', description: 'Ruolo in uno spazio' });

export { SpaceKind, SpaceRole, SpaceScope, SpaceVisibility };
