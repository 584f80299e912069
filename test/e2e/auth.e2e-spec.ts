import { createHmac } from 'node:crypto';
import { LoginDocument, LogoutDocument, MeDocument, RefreshSessionDocument } from '@lifeline/api-contract';
import { codes, gql, login } from '../support/graphql';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
function signJwt(claims: object, secret: string): string {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

describe('sign-in and sessions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
  });
  afterAll(() => s?.close());

  it('signs the demo agent in and shows who they are', async () => {
    const { token } = await login(s.url, 'agent.de@demo.lifeline.test');
    const me = await gql(s.url, MeDocument, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({
      email: 'agent.de@demo.lifeline.test',
      name: 'Dieter Deutsch',
      role: 'AGENT',
      languages: ['de', 'en'],
      organization: { name: 'Demo Seller' },
    });
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    const r = await gql(s.url, LoginDocument, { email: '  Admin@Demo.Lifeline.TEST ', password: 'lifeline-demo' });
    expect(r.data?.login.token).toEqual(expect.any(String));
  });

  it('answers a wrong password and an unknown user with the same message', async () => {
    const wrong = await gql(s.url, LoginDocument, { email: 'admin@demo.lifeline.test', password: 'nope' });
    const unknown = await gql(s.url, LoginDocument, { email: 'nobody@demo.lifeline.test', password: 'nope' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0]?.message).toBe('Invalid e-mail or password.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('refuses a query without a token', async () => {
    const r = await gql(s.url, MeDocument, {});
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an expired token and a forged one, saying which without detail', async () => {
    const { token } = await login(s.url, 'admin@demo.lifeline.test');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    const expired = signJwt({ ...claims, iat: 1_700_000_000, exp: 1_700_000_900 }, TEST_JWT_SECRET);
    const forged = signJwt({ ...claims, role: 'ADMIN' }, 'another-secret-another-secret-another-secret');
    const e = await gql(s.url, MeDocument, {}, expired);
    const f = await gql(s.url, MeDocument, {}, forged);
    expect(codes(e)).toEqual(['UNAUTHENTICATED']);
    expect(e.errors?.[0]?.message).toBe('Your session has expired. Sign in again.');
    expect(codes(f)).toEqual(['UNAUTHENTICATED']);
    expect(f.errors?.[0]?.message).toBe('The access token is not valid.');
    expect(JSON.stringify(f.errors)).not.toMatch(/signature|secret|jwt/i);
  });

  it('rotates the refresh token: the new one works, the old one is refused', async () => {
    const first = await login(s.url, 'supervisor@demo.lifeline.test');
    const second = await gql(s.url, RefreshSessionDocument, { refreshToken: first.refreshToken });
    expect(second.data?.refreshSession.token).toEqual(expect.any(String));
    const me = await gql(s.url, MeDocument, {}, second.data!.refreshSession.token);
    expect(me.data?.me.email).toBe('supervisor@demo.lifeline.test');
    const reused = await gql(s.url, RefreshSessionDocument, { refreshToken: first.refreshToken });
    expect(codes(reused)).toEqual(['UNAUTHENTICATED']);
  });

  it('ends a session on logout', async () => {
    const { refreshToken } = await login(s.url, 'agent.es@demo.lifeline.test');
    expect((await gql(s.url, LogoutDocument, { refreshToken })).data?.logout).toBe(true);
    expect(codes(await gql(s.url, RefreshSessionDocument, { refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });

  it('stores only argon2id hashes, never the password', async () => {
    const rows = await s.sql<{ password_hash: string }>(`SELECT password_hash FROM users`);
    expect(rows.length).toBe(6);
    for (const r of rows) expect(r.password_hash).toMatch(/^\$argon2id\$/);
  });
});
