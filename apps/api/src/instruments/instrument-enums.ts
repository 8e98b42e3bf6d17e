import { registerEnumType } from '@nestjs/graphql';
import {
  ContentDefinition, CounterpartKind, InstrumentAim, InstrumentFamily, InstrumentPhase, InstrumentRelationKind, InstrumentSourceKind,
  ItemChange, ResourceFlowKind, SuggestionStatus,
} from '@condivisa/domain';

/** Whether a relation leaves the instrument being read or points at it. */
export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

registerEnumType(InstrumentFamily, { name: 'InstrumentFamily', description: 'Logica dello strumento: collaborativa, competitiva, sostegno economico, accordo tra PA, accreditamento' });
registerEnumType(InstrumentPhase, { name: 'InstrumentPhase', description: 'Fase del ciclo delle politiche' });
registerEnumType(InstrumentRelationKind, { name: 'InstrumentRelationKind', description: 'Relazione tra strumenti, letta «da → a»' });
registerEnumType(InstrumentSourceKind, { name: 'InstrumentSourceKind', description: 'Norma, giurisprudenza, linee guida o commento' });
registerEnumType(CounterpartKind, { name: 'CounterpartKind', description: 'Tipo di controparte della pubblica amministrazione' });
registerEnumType(ResourceFlowKind, { name: 'ResourceFlowKind', description: 'Come circolano le risorse tra PA e controparte' });
registerEnumType(InstrumentAim, { name: 'InstrumentAim', description: 'Scopo per cui si usa lo strumento' });
registerEnumType(ContentDefinition, { name: 'ContentDefinition', description: 'Chi definisce il contenuto del servizio o del progetto' });
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus', description: 'Esito della scelta guidata per uno strumento' });
registerEnumType(ItemChange, { name: 'ItemChange', description: 'Voce di una lista aggiunta, tolta o invariata tra due revisioni' });
registerEnumType(RelationDirection, { name: 'RelationDirection', description: 'Relazione in uscita o in entrata' });

export {
  ContentDefinition, CounterpartKind, InstrumentAim, InstrumentFamily, InstrumentPhase, InstrumentRelationKind, InstrumentSourceKind,
  ItemChange, ResourceFlowKind, SuggestionStatus,
};
