import type { UserEntity } from '@condivisa/db';
import { AppError, ErrorCode } from '@condivisa/domain';
import { HttpException } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import { SESSION_COOKIE, type SessionService } from '../identity/session.service';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Conflict]: 409,
};

/** The signed-in person behind a plain HTTP request (downloads, calendar files), if any. */
export function viewerOf(sessions: SessionService, cookie: string | undefined): Promise<UserEntity | null> {
  return sessions.resolve(parseCookies(cookie ?? '')[SESSION_COOKIE]);
}

/** Runs a REST handler, turning our expected errors into HTTP statuses with a JSON body. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw new HttpException({ code: error.code, message: error.message }, HTTP_STATUS[error.code] ?? 400);
    throw error;
  }
}
