import { GraphQLError } from 'graphql';

/** Error codes every client can rely on (ARCHITECTURE.md "HTTP and GraphQL"). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

export const badUserInput = (message: string, fields: FieldProblem[] = []) =>
  new AppError('BAD_USER_INPUT', message, fields.length ? { fields } : {});
export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Your role does not allow this.') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (what: string, currentVersion: number) =>
  new AppError('CONFLICT', `${what} was changed by someone else. Reload it and try again.`, { currentVersion });
