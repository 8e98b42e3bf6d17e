/**
 * The life of a co-designed model and of its versions. The model's status describes where its
 * latest work is; each consolidated version has its own status. Pure: the API applies these
 * transitions inside its transactions and refuses whatever they refuse.
 */
export const MODEL_STATUSES = ['DRAFTING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export const VERSION_STATUSES = ['CONSOLIDATED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'SUPERSEDED'] as const;
export type ModelVersionStatus = (typeof VERSION_STATUSES)[number];

export type ModelEvent =
  /** A coordinator freezes the draft into a new version. */
  | { type: 'consolidate' }
  /** A version is sent to the Collegio. */
  | { type: 'submit' }
  /** The version is taken back before any reviewer has answered. */
  | { type: 'withdraw'; decisionsGiven: number }
  /** The review closed (see review-rule.ts). */
  | { type: 'reviewClosed'; outcome: 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' };

export type Transition<S> = { ok: true; to: S } | { ok: false; reason: string };

/** The model's next status, or why the event is not allowed now (Italian, for the user). */
export function nextModelStatus(from: ModelStatus, event: ModelEvent): Transition<ModelStatus> {
  switch (event.type) {
    case 'consolidate':
      return from === 'IN_REVIEW'
        ? { ok: false, reason: 'Una versione è in revisione: ritirala o attendi il parere prima di consolidarne un’altra.' }
        : { ok: true, to: 'DRAFTING' };
    case 'submit':
      return from === 'DRAFTING'
        ? { ok: true, to: 'IN_REVIEW' }
        : from === 'IN_REVIEW'
          ? { ok: false, reason: 'Una versione è già in revisione.' }
          : { ok: false, reason: 'Consolida prima una nuova versione da inviare in revisione.' };
    case 'withdraw':
      if (from !== 'IN_REVIEW') return { ok: false, reason: 'Non c’è una versione in revisione da ritirare.' };
      return event.decisionsGiven > 0
        ? { ok: false, reason: 'Un revisore ha già espresso il parere: la versione non si può più ritirare.' }
        : { ok: true, to: 'DRAFTING' };
    case 'reviewClosed':
      if (from !== 'IN_REVIEW') return { ok: false, reason: 'Non c’è una revisione aperta.' };
      return { ok: true, to: event.outcome === 'APPROVED' ? 'APPROVED' : 'CHANGES_REQUESTED' };
  }
}

/** The version's next status for the same events (consolidation does not concern an existing version). */
export function nextVersionStatus(from: ModelVersionStatus, event: Exclude<ModelEvent, { type: 'consolidate' }> | { type: 'superseded' }): Transition<ModelVersionStatus> {
  switch (event.type) {
    case 'submit':
      return from === 'CONSOLIDATED' ? { ok: true, to: 'IN_REVIEW' } : { ok: false, reason: 'Si può inviare in revisione solo l’ultima versione consolidata, non ancora inviata.' };
    case 'withdraw':
      if (from !== 'IN_REVIEW') return { ok: false, reason: 'La versione non è in revisione.' };
      return event.decisionsGiven > 0 ? { ok: false, reason: 'Un revisore ha già espresso il parere: la versione non si può più ritirare.' } : { ok: true, to: 'CONSOLIDATED' };
    case 'reviewClosed':
      return from === 'IN_REVIEW' ? { ok: true, to: event.outcome } : { ok: false, reason: 'La versione non è in revisione.' };
    case 'superseded':
      return from === 'APPROVED' ? { ok: true, to: 'SUPERSEDED' } : { ok: false, reason: 'Solo una versione approvata può essere sostituita.' };
  }
}
