import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, signIn, UI_TIMEOUT } from '../support/browser';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer } from '../support/server';

const AGENT_DE = 'agent.de@demo.lifeline.test';
const SUPERVISOR = 'supervisor@demo.lifeline.test';
const SETUP_TIMEOUT = 180_000;

/** Waits until the locator's text contains `expected` (Playwright's `expect` is not in playwright-core). */
async function waitForTextContaining(locator: Locator, expected: string): Promise<string> {
  const deadline = Date.now() + UI_TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.innerText().catch(() => '')) ?? '').trim();
    if (last.includes(expected)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected text containing "${expected}", last saw "${last}"`);
}

async function waitForValue(locator: Locator, expected: string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = await locator.inputValue().catch(() => '');
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected value "${expected}", last saw "${last}"`);
}

describe('agent desk', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true, serveConsole: true });
    browser = await launchBrowser();
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, SETUP_TIMEOUT);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /** A separate browser (own storage, own socket) signed in as `email`. */
  const signedIn = (email: string): Promise<Page> => signIn(browser, server.url, email, contexts);

  /** A German buyer asks about an order on Amazon DE; the desk routes it to the German queue. */
  async function freshGermanTicket(buyerName: string, orderId: string): Promise<string> {
    const id = randomUUID().slice(0, 12);
    const response = await postMessage(
      server.url,
      'lk_demo_amazon_de',
      buyerMessage({
        from: { address: `${id}@marketplace.amazon.de`, name: buyerName },
        subject: `Wo ist meine Bestellung ${orderId}?`,
        body: `Hallo, ich habe die Bestellung ${orderId} vor einer Woche aufgegeben und sie ist immer noch nicht angekommen. Können Sie bitte nachsehen, wo das Paket gerade ist? Vielen Dank.`,
      }),
    );
    expect(response.status).toBeLessThan(300);
    expect(response.body.language).toBe('de');
    return response.body.ticketId!;
  }

  it('an agent replies with a German template and the ticket moves to WAITING_ON_BUYER on a second screen without a refresh', async () => {
    const orderId = '302-9876543-1234567';
    const ticketId = await freshGermanTicket('Greta Schmidt', orderId);
    const [agent, supervisor] = await Promise.all([signedIn(AGENT_DE), signedIn(SUPERVISOR)]);

    await Promise.all([agent.goto(`/tickets/${ticketId}`), supervisor.goto(`/tickets/${ticketId}`)]);
    await supervisor.getByRole('heading', { name: `Wo ist meine Bestellung ${orderId}?` }).waitFor();
    await waitForTextContaining(supervisor.getByTestId('presence-bar'), 'Dieter Deutsch is viewing');
    await waitForTextContaining(agent.getByTestId('presence-bar'), 'Sam Supervisor is viewing');
    expect(await supervisor.getByLabel('Status', { exact: true }).inputValue()).not.toBe('WAITING_ON_BUYER');
    expect(await supervisor.getByTestId('order-id').innerText()).toBe(orderId);

    await agent.getByLabel('Template').selectOption({ label: 'Where is my order' });
    const preview = await waitForTextContaining(agent.getByTestId('template-preview'), 'vielen Dank für Ihre Nachricht');
    expect(preview).toContain('Hallo Greta Schmidt,');
    expect(preview).toContain(`Ihre Bestellung ${orderId} ist unterwegs`);
    expect(preview).toContain('Dieter Deutsch');
    await agent.getByRole('button', { name: 'Insert' }).click();
    const draft = await agent.getByLabel('Reply to the buyer').inputValue();
    expect(draft.startsWith('Hallo Greta Schmidt,')).toBe(true);

    // The draft has focus and text: the supervisor sees Dieter typing, so two agents do not answer.
    await waitForTextContaining(supervisor.getByTestId('presence-bar'), 'typing…');
    expect(await agent.getByLabel('Then set to').inputValue()).toBe('WAITING_ON_BUYER');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await waitForValue(agent.getByLabel('Reply to the buyer'), '');

    await waitForValue(supervisor.getByLabel('Status', { exact: true }), 'WAITING_ON_BUYER');
    const reply = supervisor.locator('article[data-direction="OUTBOUND"]');
    const replyText = await waitForTextContaining(reply, 'vielen Dank für Ihre Nachricht');
    expect(replyText).toContain('Dieter Deutsch');
    expect(replyText).toContain('DE');
    await waitForTextContaining(supervisor.getByRole('region', { name: 'Timeline' }), 'Dieter Deutsch replied to the buyer using a template');
  });

  it('moves through the ticket list with j and k, opens with Enter, and opens with the reply box focused with r', async () => {
    await freshGermanTicket('Lukas Weber', '302-1234567-7654321');
    const page = await signedIn(AGENT_DE);
    const rows = page.getByRole('table', { name: 'Tickets' }).locator('tbody tr');
    await rows.nth(1).waitFor();
    const selected = page.locator('tbody tr[aria-selected="true"]');

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const secondId = await rows.nth(1).getAttribute('data-ticket-id');
    expect(await selected.getAttribute('data-ticket-id')).toBe(secondId);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ticket-id'))).toBe(secondId);
    const subject = (await rows.nth(1).locator('.ticket-cell__subject').innerText()).trim();

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/tickets/${secondId}`);
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();

    await page.getByRole('link', { name: /Back to the list/ }).click();
    await rows.nth(0).waitFor();
    const firstId = await rows.nth(0).getAttribute('data-ticket-id');
    await page.keyboard.press('r');
    await page.waitForURL(`**/tickets/${firstId}`);
    const reply = page.getByLabel('Reply to the buyer');
    await reply.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Reply to the buyer');

    // Typing in the reply box is text, not shortcuts.
    await reply.type('jkr');
    expect(await reply.inputValue()).toBe('jkr');
    expect(new URL(page.url()).pathname).toBe(`/tickets/${firstId}`);
  });
});
