import type { CombinedError } from '@urql/core';
import { it } from '../i18n/it';

/** The codes the API puts in `extensions.code`, plus one for failures that never reached it. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'WEAK_PASSWORD'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An API failure reduced to what the UI shows: a code to branch on, the API's Italian message, field problems. */
export interface ApiError {
  code: ApiErrorCode | string;
  message: string;
  fields: FieldProblem[];
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

export function toApiError(error: CombinedError): ApiError {
  const [first] = error.graphQLErrors;
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    const fields = error.graphQLErrors.flatMap((e) => {
      const raw = e.extensions?.fields;
      return Array.isArray(raw) ? raw.filter(isFieldProblem) : [];
    });
    const messages = [...new Set(error.graphQLErrors.map((e) => e.message).filter(Boolean))];
    return { code, message: messages.join(' ') || it.errors.unknown, fields };
  }
  if (error.networkError) {
    return { code: 'NETWORK_ERROR', message: it.errors.network, fields: [] };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: error.message || it.errors.unknown, fields: [] };
}

/** The field name the API used, without any "input." prefix. */
function baseName(field: string): string {
  const parts = field.split('.');
  return parts[parts.length - 1] ?? field;
}

/** The API's message for one field, if it sent one. */
export function fieldMessage(error: ApiError | null | undefined, field: string): string | undefined {
  return error?.fields.find((f) => baseName(f.field) === field)?.message;
}

/** Field problems for fields the form does not show, so they are not lost. */
export function otherFieldProblems(error: ApiError | null | undefined, shown: readonly string[]): FieldProblem[] {
  return error?.fields.filter((f) => !shown.includes(baseName(f.field))) ?? [];
}
