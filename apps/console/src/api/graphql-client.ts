import {
  RefreshSessionDocument,
  type RefreshSessionMutation,
  type TypedDocumentString,
} from '@lifeline/api-contract';
import { ApiError, type GraphQLErrorBody } from './api-error';
import { sessionStore, type Session } from './session-store';

const GRAPHQL_PATH = '/graphql';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

async function post<TResult>(query: string, variables: unknown, token: string | undefined): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', error instanceof Error ? error.message : 'Network error');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(response.status >= 500 ? 'INTERNAL' : 'NETWORK_ERROR', `HTTP ${response.status}`);
  }
  if (body.errors?.length) throw ApiError.fromGraphQLErrors(body.errors);
  if (!response.ok || body.data == null) throw new ApiError('INTERNAL', `HTTP ${response.status}`);
  return body.data;
}

let refreshInFlight: Promise<Session | null> | null = null;

/**
 * Trades the refresh token for a new pair. Concurrent callers share one request: refresh tokens rotate, so
 * two parallel refreshes would make the second one fail. Resolves null (and clears the session, which
 * sends the user to the login page) when the refresh token is no longer accepted.
 */
export function refreshSession(): Promise<Session | null> {
  if (refreshInFlight) return refreshInFlight;
  const session = sessionStore.get();
  if (!session) return Promise.resolve(null);
  const request = post<RefreshSessionMutation>(
    RefreshSessionDocument.toString(),
    { refreshToken: session.refreshToken },
    undefined,
  )
    .then(
      ({ refreshSession: next }): Session | null => {
        sessionStore.set(next);
        return next;
      },
      (error: unknown): Session | null => {
        // A network failure is not a verdict on the session: keep it and let the caller fail this once.
        if (error instanceof ApiError && error.code === 'NETWORK_ERROR') throw error;
        sessionStore.clear();
        return null;
      },
    )
    .finally(() => {
      refreshInFlight = null;
    });
  refreshInFlight = request;
  return request;
}

/**
 * Runs one typed operation with the current bearer token. On UNAUTHENTICATED (the JWT expired) it refreshes
 * the session once and retries; if that fails too the session is cleared and the error propagates.
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const query = document.toString();
  const token = sessionStore.get()?.token;
  try {
    return await post<TResult>(query, variables, token);
  } catch (error) {
    if (!token || !(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
    const renewed = await refreshSession();
    if (!renewed) throw error;
    try {
      return await post<TResult>(query, variables, renewed.token);
    } catch (retryError) {
      if (retryError instanceof ApiError && retryError.code === 'UNAUTHENTICATED') sessionStore.clear();
      throw retryError;
    }
  }
}
