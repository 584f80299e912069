import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from './errors';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/**
 * GraphQL errors always carry `extensions.code`; unexpected errors are logged and answered with a
 * generic message so no internal detail leaks. HTTP routes keep Nest's own handling.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private readonly http: BaseExceptionFilter;

  constructor(adapterHost: HttpAdapterHost) {
    this.http = new BaseExceptionFilter(adapterHost.httpAdapter);
  }

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      if (!(exception instanceof HttpException)) this.logger.error(exception);
      return this.http.catch(exception, host);
    }
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'object' && body && 'message' in body ? (body as { message: unknown }).message : exception.message;
      const messages = Array.isArray(message) ? message.map(String) : [String(message)];
      return new AppError(CODE_BY_STATUS[status] ?? 'INTERNAL_SERVER_ERROR', messages.join('; '));
    }
    this.logger.error(exception instanceof Error ? exception.stack : exception);
    return new AppError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
  }
}
