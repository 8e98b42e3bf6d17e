import { AppError } from '@condivisa/domain';
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Expected errors go straight to the GraphQL error formatter: Nest's default handler would log
 * each wrong password as a server error.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
