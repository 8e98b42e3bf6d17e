import { ErrorCode } from './error-code';

/** A problem found in a field of the input, reported back to the user next to that field. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An expected failure with a code and a message meant for the user (in Italian).
 * Anything that is not an AppError is a bug: it is logged and masked.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(message: string, fields: FieldProblem[] = []): AppError {
    return new AppError(ErrorCode.BadUserInput, message, fields);
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} non trovato`);
  }

  static forbidden(message = 'Operazione non consentita'): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }

  static unauthenticated(message = 'Accesso richiesto'): AppError {
    return new AppError(ErrorCode.Unauthenticated, message);
  }

  /** The request is fine but the state says no (e.g. already published). */
  static conflict(message: string): AppError {
    return new AppError(ErrorCode.Conflict, message);
  }
}
