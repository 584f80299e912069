/** The `extensions.code` values the API puts on GraphQL errors, plus the two a client can hit on its own. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NETWORK_ERROR'
  | 'INTERNAL';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
]);

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A failed API call: the screens branch on `code`, never on the server's message. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly errors: readonly GraphQLErrorBody[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromGraphQLErrors(errors: readonly GraphQLErrorBody[]): ApiError {
    const first = errors[0];
    const raw = first?.extensions?.code;
    const code: ApiErrorCode = raw && KNOWN_CODES.has(raw) ? (raw as ApiErrorCode) : 'INTERNAL';
    return new ApiError(code, first?.message ?? 'Unknown error', errors);
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
