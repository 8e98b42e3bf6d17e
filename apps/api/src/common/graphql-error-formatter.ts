import { AppError, ErrorCode } from '@condivisa/domain';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** Codes that Apollo/graphql-js produce for malformed requests; their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place where errors become GraphQL errors: an AppError keeps its code, message and
 * field problems; request errors keep graphql-js's message; anything else is a bug, logged
 * once with its stack and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Duck typing, not instanceof: graphql can be loaded twice (ESM and CJS) in tests.
    const original = isGraphqlError(error) ? error.originalError : error;
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: {
          code: original.code,
          ...(original.fields.length > 0 ? { fields: original.fields } : {}),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    const raisedByGraphql = original === undefined || original === null || isGraphqlError(original) || code === 'BAD_USER_INPUT';
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && raisedByGraphql) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logger.error({ err: original ?? error, path: formatted.path }, 'unexpected error in GraphQL operation');
    return { message: 'Errore interno del server', path: formatted.path, extensions: { code: ErrorCode.Internal } };
  };
}

function isGraphqlError(value: unknown): value is { originalError?: unknown } {
  // GraphQLError and Apollo's subclasses (ValidationError, SyntaxError...) share this tag.
  return Object.prototype.toString.call(value) === '[object GraphQLError]';
}
