import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn, textOf, waitUntil } from '../support/browser';
import { startTestServer } from '../support/server';

const SUPERVISOR = 'supervisor@demo.lifeline.test';
const AGENT = 'agent.en@demo.lifeline.test';
const SETUP_TIMEOUT = 180_000;

describe('claims in the console', () => {
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

  it('shows the board by status and deadline; a supervisor marks Amazon UK’s open claim withdrawn from its ticket and the board follows live', async () => {
    const page = await signedIn(SUPERVISOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Claims' }).click();
    await page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    const open = page.getByTestId('claims-column-OPEN');
    const decided = page.getByTestId('claims-column-DECIDED');
    await page.getByTestId('claims-column-RESPONDED').locator('[data-claim-id]').first().waitFor();
    await page.getByTestId('claims-column-APPEALED').locator('[data-claim-id]').first().waitFor();
    const ukCard = open.locator('[data-claim-id]').filter({ hasText: 'Amazon UK' }).first();
    await ukCard.waitFor();
    expect(await ukCard.innerText()).toMatch(/Respond within/);
    const claimId = await ukCard.getAttribute('data-claim-id');
    await screenshot(page, 'claims-board');

    await ukCard.getByRole('link').click();
    const panel = page.locator('.claim-panel');
    await waitUntil(textOf(panel.getByTestId('claim-status')), (text) => text === 'Open', 'the claim panel');
    expect(await panel.locator('[data-key]').count()).toBe(5);
    // Filled from the order: seller-fulfilled orders show their ship confirmation, FBA ones leave it to Amazon.
    expect(['PRESENT', 'NOT_APPLICABLE']).toContain(await panel.locator('[data-key="SHIP_CONFIRMATION"]').getAttribute('data-state'));
    expect(await panel.locator('[data-key="DELIVERY"]').getAttribute('data-state')).toBe('PRESENT');
    await screenshot(page, 'claim-panel-open');

    await panel.getByRole('button', { name: 'Withdrawn', exact: true }).click();
    await waitUntil(textOf(panel.getByTestId('claim-status')), (text) => text === 'Decided', 'the claim decided');
    expect(await panel.getByTestId('claim-decision').innerText()).toBe('Withdrawn · out of ODR');
    await screenshot(page, 'claim-panel-decided');

    await page.getByRole('navigation').getByRole('link', { name: 'Claims' }).click();
    await decided.locator(`[data-claim-id="${claimId}"]`).waitFor();
    expect(await open.locator(`[data-claim-id="${claimId}"]`).count()).toBe(0);
  });

  it('lets an agent answer a claim but not decide it, and shows the removal grounds of a negative feedback', async () => {
    const page = await signedIn(AGENT);
    const [claimTicket] = await server.sql<{ id: string }>(
      `SELECT c.ticket_id AS id FROM claims c JOIN stores s ON s.id = c.store_id WHERE s.name = 'Amazon DE' AND c.kind = 'CHARGEBACK' AND c.ticket_id IS NOT NULL LIMIT 1`,
    );
    await page.goto(`/tickets/${claimTicket!.id}`);
    const panel = page.locator('.claim-panel');
    await waitUntil(textOf(panel.getByTestId('claim-status')), (text) => text === 'Open', 'the chargeback panel');
    expect(await panel.getByRole('button', { name: 'Withdrawn' }).count()).toBe(0);
    await panel.getByLabel('Response to Amazon').fill('Proof of delivery attached.');
    await panel.getByRole('button', { name: 'Record response' }).click();
    await waitUntil(textOf(panel.getByTestId('claim-status')), (text) => text === 'Responded', 'the response recorded');

    const [feedbackTicket] = await server.sql<{ id: string }>(
      `SELECT f.ticket_id AS id FROM seller_feedback f JOIN stores s ON s.id = f.store_id WHERE s.name = 'Amazon US' AND f.ticket_id IS NOT NULL LIMIT 1`,
    );
    await page.goto(`/tickets/${feedbackTicket!.id}`);
    const feedback = page.locator('.feedback-panel');
    await waitUntil(textOf(feedback), (text) => text.includes('Amazon may remove it') && text.includes('Only a product review'), 'the removal grounds');
    await feedback.getByRole('button', { name: 'Request removal' }).click();
    await waitUntil(textOf(feedback.getByTestId('feedback-removal-status')), (text) => text.startsWith('Removal requested'), 'the request recorded');
    await screenshot(page, 'feedback-panel');
  });
});
