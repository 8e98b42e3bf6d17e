import type { CombinedError } from '@urql/core';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import type { Outcome } from '../spaces/use-member-actions';

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

/** A mutation's answer as an Outcome: the field it returns, or the API's error (code, message, fields). */
export function outcomeOf<D, T>(answer: { data?: D | null; error?: CombinedError }, pick: (data: D) => T): Outcome<T> {
  if (answer.error) return { ok: false, error: toApiError(answer.error) };
  if (!answer.data) return { ok: false, error: NO_ANSWER };
  return { ok: true, value: pick(answer.data) };
}
