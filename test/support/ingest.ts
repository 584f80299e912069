import { randomUUID } from 'node:crypto';

export interface IngestResponse {
  status: number;
  body: {
    ticketId?: string;
    messageId?: string;
    language?: string;
    queue?: { id: string; name: string };
    duplicate?: boolean;
    message?: string;
    fields?: { field: string; message: string }[];
  };
}

/** POSTs a buyer message to /api/v1/messages with a store API key, as a relay would. */
export async function postMessage(url: string, key: string | null, body: unknown): Promise<IngestResponse> {
  const res = await fetch(`${url}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

/** A valid buyer message; override what the test is about. */
export function buyerMessage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = randomUUID();
  return {
    externalId: `<${id}@marketplace.amazon.de>`,
    from: { address: `${id.slice(0, 12)}@marketplace.amazon.de`, name: 'Test Buyer' },
    subject: 'Frage zu meiner Bestellung',
    body: 'Hallo, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen, wo das Paket gerade ist? Vielen Dank.',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}
