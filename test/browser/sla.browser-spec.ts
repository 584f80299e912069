import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, signIn, UI_TIMEOUT } from '../support/browser';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer } from '../support/server';

const AGENT_DE = 'agent.de@demo.lifeline.test';
const SUPERVISOR = 'supervisor@demo.lifeline.test';
const ADMIN = 'admin@demo.lifeline.test';
const SETUP_TIMEOUT = 180_000;
const HOUR = 3_600_000;

/** Polls until `check` accepts the element's text and `data-state`, or fails with the last seen. */
async function waitFor(
  locator: Locator,
  check: (text: string, state: string | null) => boolean,
  timeout = UI_TIMEOUT,
): Promise<{ text: string; state: string | null }> {
  const deadline = Date.now() + timeout;
  let last = { text: '', state: null as string | null };
  while (Date.now() < deadline) {
    // Text and state read together: the countdown re-renders every second.
    last = await locator
      .evaluate((element: HTMLElement) => ({ text: element.innerText.trim(), state: element.getAttribute('data-state') }), undefined, { timeout: 500 })
      .catch(() => ({ text: '', state: null }));
    const { text, state } = last;
    if (check(text, state)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Countdown never matched; last saw "${last.text}" (${last.state})`);
}

describe('SLA countdowns', () => {
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

  const signedIn = (email: string): Promise<Page> => signIn(browser, server.url, email, contexts);

  it("a buyer message about to miss Amazon's 24 hours shows a warning countdown on the open list, then turns red without a reload", async () => {
    const [agent, supervisor] = await Promise.all([signedIn(AGENT_DE), signedIn(SUPERVISOR)]);
    await agent.goto('/queues?view=all');
    await agent.getByRole('table', { name: 'Tickets' }).waitFor();
    await supervisor.goto('/board');
    await supervisor.getByRole('heading', { name: 'SLA board' }).waitFor();

    // Received 23 h 59 min 40 s ago: 20 seconds left of the 24-hour first response, well past the warning point.
    const subject = `Paket fehlt ${randomUUID().slice(0, 8)}`;
    const response = await postMessage(
      server.url,
      'lk_demo_amazon_de',
      buyerMessage({ subject, receivedAt: new Date(Date.now() - 24 * HOUR + 20_000).toISOString() }),
    );
    expect(response.status).toBeLessThan(300);
    const ticketId = response.body.ticketId!;

    const countdown = agent.locator(`tr[data-ticket-id="${ticketId}"] [data-testid="sla-cell"] .sla-countdown`);
    const warning = await waitFor(countdown, (text, state) => state === 'warning' && /^00:00:\d\d$/.test(text));
    expect(warning.text).toMatch(/^00:00:[0-5]\d$/);
    expect(await countdown.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(161, 92, 7)');

    const overdue = await waitFor(countdown, (_text, state) => state === 'overdue', 40_000);
    expect(overdue.text).toBe('overdue 1 min');
    expect(await countdown.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(180, 35, 24)');

    // The supervisor board lists it under its queue and language, breached, without a reload either.
    const row = supervisor.locator(`[data-testid="board-group"] tr[data-ticket-id="${ticketId}"]`);
    await waitFor(row, (text) => text.includes(subject));
    await waitFor(row.locator('.sla-countdown'), (_text, state) => state === 'overdue');
    const group = supervisor.locator('[data-testid="board-group"]', { has: supervisor.locator(`tr[data-ticket-id="${ticketId}"]`) });
    const groupLabel = await group.getAttribute('aria-label');
    expect(groupLabel).toMatch(/ DE$/);
    expect(await group.locator('h2').innerText()).toContain('DE');
    expect(await group.locator('.board-group__counts').innerText()).toMatch(/\d+ breached/);
    await agent.screenshot({ path: '/tmp/sla-list.png' });
    await supervisor.screenshot({ path: '/tmp/sla-board.png' });

    await row.getByRole('link', { name: subject }).click();
    await supervisor.waitForURL(`**/tickets/${ticketId}`);
    const panel = supervisor.getByRole('region', { name: 'SLA' });
    await waitFor(panel.locator('[data-kind="FIRST_RESPONSE"] .sla-countdown'), (text, state) => state === 'overdue' && text.startsWith('overdue'));
    await supervisor.screenshot({ path: '/tmp/sla-ticket.png' });
  }, 120_000);

  it('an agent marks a thank-you message as needing no response and its first-response clock stops', async () => {
    const agent = await signedIn(AGENT_DE);
    const response = await postMessage(server.url, 'lk_demo_amazon_de', buyerMessage({ subject: `Danke ${randomUUID().slice(0, 8)}` }));
    const ticketId = response.body.ticketId!;
    await agent.goto(`/tickets/${ticketId}`);
    const clock = agent.getByRole('region', { name: 'SLA' }).locator('[data-kind="FIRST_RESPONSE"] .sla-countdown');
    await waitFor(clock, (text, state) => state === 'calm' && /^23:5\d:\d\d$/.test(text));

    const message = agent.locator('article[data-direction="INBOUND"]');
    await message.getByRole('button', { name: 'No response needed' }).click();
    await message.getByLabel('Why no response is needed').selectOption({ label: 'Buyer only said thanks' });
    await message.getByRole('button', { name: 'Mark' }).click();

    await message.getByText('No response needed', { exact: true }).waitFor();
    const stopped = await waitFor(clock, (_text, state) => state === 'cancelled' || state === 'met');
    expect(['Cancelled', 'Met']).toContain(stopped.text);
  }, 60_000);

  it('an admin sees the SLA policies and opens the business hours editor', async () => {
    const admin = await signedIn(ADMIN);
    await admin.goto('/settings');
    const policies = admin.getByRole('region', { name: 'SLA policies' });
    await waitFor(policies, (text) => text.includes('First response') && text.includes('24 h'));
    await admin.getByRole('region', { name: 'Business hours' }).getByRole('button', { name: 'New calendar' }).click();
    const form = admin.getByRole('form', { name: 'Edit business hours' });
    await form.getByLabel('Calendar').selectOption('business');
    await form.locator('tr[data-day="mon"]').getByRole('button', { name: 'Add hours' }).click();
    await form.locator('tr[data-day="mon"]').getByRole('button', { name: 'Add hours' }).click();
    expect(await form.getByLabel('Mon opens').count()).toBe(2);
    await admin.screenshot({ path: '/tmp/sla-settings.png', fullPage: true });
  }, 60_000);
});
