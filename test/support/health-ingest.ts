import { createHash } from 'node:crypto';
import type { TestServer } from './server';

export interface IngestResponse {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: { index: number; key: string | null; reason: string }[];
}

/** POSTs to the connector REST API with a store API key. */
export async function post(url: string, path: string, key: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${key}` },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, json };
}

/** A fresh Amazon store in Demo Seller with its own API key, so a test's figures start from zero. */
export async function createTestStore(s: TestServer, name: string, apiKey: string): Promise<{ storeId: string; organizationId: string }> {
  const [org] = await s.sql<{ id: string }>(`SELECT id FROM organizations WHERE name = 'Demo Seller'`);
  const [store] = await s.sql<{ id: string }>(
    `INSERT INTO stores (organization_id, name, marketplace, region, marketplace_id, time_zone, default_language)
     VALUES ($1, $2, 'AMAZON', 'EU', 'APJ6JRA9NG5V4', 'Europe/Rome', 'it') RETURNING id`,
    [org!.id, name],
  );
  await s.sql(
    `INSERT INTO store_api_keys (organization_id, store_id, name, key_prefix, key_hash) VALUES ($1, $2, 'test', $3, $4)`,
    [org!.id, store!.id, apiKey.slice(0, 10), createHash('sha256').update(apiKey).digest('hex')],
  );
  return { storeId: store!.id, organizationId: org!.id };
}

export const DAY = 86_400_000;
export const isoAgo = (days: number, now = Date.now()) => new Date(now - days * DAY).toISOString();
