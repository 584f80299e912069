import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { LoginDocument } from '@lifeline/api-contract';

export interface GraphqlErrorJson {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResult<T> {
  status: number;
  data: T | null;
  errors?: GraphqlErrorJson[];
}

/** Sends a typed operation from libs/api-contract, as the console does. */
export async function gql<TResult, TVariables>(
  url: string,
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  variables?: TVariables,
  token?: string,
): Promise<GraphqlResult<TResult>> {
  return rawGql<TResult>(url, { query: document.toString(), variables }, token);
}

export async function rawGql<T = unknown>(url: string, body: unknown, token?: string): Promise<GraphqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: T | null; errors?: GraphqlErrorJson[] };
  return { status: res.status, data: json.data ?? null, errors: json.errors };
}

export const codes = (r: GraphqlResult<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);

export async function login(url: string, email: string, password = 'lifeline-demo'): Promise<{ token: string; refreshToken: string }> {
  const r = await gql(url, LoginDocument, { email, password });
  if (!r.data) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
  return r.data.login;
}
