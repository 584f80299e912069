import { MeDocument } from '@lifeline/api-contract';
import { ApiError } from './api-error';
import { graphqlRequest } from './graphql-client';
import { sessionStore } from './session-store';

type Reply = { data?: unknown; errors?: { message: string; extensions?: { code: string } }[] };

function stubFetch(replies: Reply[]) {
  const calls: { authorization?: string; body: { query: string; variables: Record<string, unknown> } }[] = [];
  globalThis.fetch = (async (_url: unknown, init?: RequestInit) => {
    const headers = init?.headers as Record<string, string>;
    calls.push({ authorization: headers.authorization, body: JSON.parse(String(init?.body)) });
    const reply = replies.shift();
    if (!reply) throw new Error('unexpected request');
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
}

const me = { id: 'u1', email: 'a@b.c', name: 'Ada', role: 'AGENT', languages: ['en'], organization: { id: 'o1', name: 'Org' } };
const unauthenticated: Reply = { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('graphqlRequest', () => {
  afterEach(() => sessionStore.clear());

  it('sends the bearer token and returns the data', async () => {
    sessionStore.set({ token: 't1', refreshToken: 'r1', expiresAt: '2030-01-01T00:00:00Z' });
    const calls = stubFetch([{ data: { me } }]);
    await expect(graphqlRequest(MeDocument)).resolves.toEqual({ me });
    expect(calls[0]?.authorization).toBe('Bearer t1');
    expect(calls[0]?.body.query).toContain('query Me');
  });

  it('turns a GraphQL error into an ApiError carrying its code', async () => {
    sessionStore.set({ token: 't1', refreshToken: 'r1', expiresAt: '2030-01-01T00:00:00Z' });
    stubFetch([{ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }]);
    await expect(graphqlRequest(MeDocument)).rejects.toMatchObject({ name: 'ApiError', code: 'FORBIDDEN' });
  });

  it('refreshes an expired token once and retries with the new one', async () => {
    sessionStore.set({ token: 'old', refreshToken: 'r1', expiresAt: '2020-01-01T00:00:00Z' });
    const renewed = { token: 'new', refreshToken: 'r2', expiresAt: '2030-01-01T00:00:00Z' };
    const calls = stubFetch([unauthenticated, { data: { refreshSession: renewed } }, { data: { me } }]);
    await expect(graphqlRequest(MeDocument)).resolves.toEqual({ me });
    expect(calls.map((call) => call.authorization)).toEqual(['Bearer old', undefined, 'Bearer new']);
    expect(calls[1]?.body.variables).toEqual({ refreshToken: 'r1' });
    expect(sessionStore.get()).toEqual(renewed);
  });

  it('ends the session when the refresh token is refused too', async () => {
    sessionStore.set({ token: 'old', refreshToken: 'revoked', expiresAt: '2020-01-01T00:00:00Z' });
    stubFetch([unauthenticated, unauthenticated]);
    const error = await graphqlRequest(MeDocument).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
    expect(sessionStore.get()).toBeNull();
  });

  it('does not try to refresh when no one is signed in (a wrong password stays a wrong password)', async () => {
    const calls = stubFetch([unauthenticated]);
    await expect(graphqlRequest(MeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toHaveLength(1);
  });
});
