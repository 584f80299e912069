import type { Browser, BrowserContext } from 'playwright-core';
import { RequestCompensationDocument } from '@lifeline/api-contract';
import { launchBrowser, screenshot, signIn, textOf, waitUntil } from '../support/browser';
import { gql, login } from '../support/graphql';
import { startTestServer } from '../support/server';

const SUPERVISOR = 'supervisor@demo.lifeline.test';
const ADMIN = 'admin@demo.lifeline.test';
const AGENT = 'agent.en@demo.lifeline.test';
const SETUP_TIMEOUT = 180_000;

/**
 * Issue #6 end to end in the console: the supervisor approves the agent's partial refund waiting over the
 * agent's limit, then records Amazon UK's open A-to-z claim as withdrawn; the admin watching Account health
 * sees the ODR tile drop without a reload (DOMAIN.md "Lifeline's decisions": a withdrawn claim leaves ODR).
 */
describe('heading off a defect', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true, serveConsole: true });
    browser = await launchBrowser();
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await browser?.close();
    await server?.close();
  }, SETUP_TIMEOUT);

  it('a supervisor approves a partial refund and marks a claim withdrawn; the ODR tile drops live', async () => {
    const [watcher, supervisor] = await Promise.all([signIn(browser, server.url, ADMIN, contexts), signIn(browser, server.url, SUPERVISOR, contexts)]);

    await watcher.goto('/account-health');
    await watcher.getByLabel('Store', { exact: true }).selectOption({ label: 'Amazon UK' });
    const odr = watcher.getByTestId('metric-tile-ORDER_DEFECT_RATE.ALL');
    const value = odr.getByTestId('metric-value');
    const before = await waitUntil(textOf(value), (text) => /%$/.test(text), 'the ODR value');
    const volume = await textOf(odr.locator('.metric-tile__volume'))();
    const defectsBefore = Number(/^(\d+) of/.exec(volume)![1]);

    // 0. An agent offers more than their limit on another UK ticket: the supervisor hears of it on any screen.
    const [other] = await server.sql<{ id: string }>(
      `SELECT t.id FROM tickets t JOIN stores s ON s.id = t.store_id
        WHERE s.name = 'Amazon UK' AND t.channel = 'BUYER_MESSAGE' AND t.marketplace_order_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM compensation_actions a WHERE a.ticket_id = t.id)
        ORDER BY t.created_at LIMIT 1`,
    );
    const agent = (await login(server.url, AGENT)).token;
    const offered = await gql(server.url, RequestCompensationDocument, { input: { ticketId: other!.id, kind: 'PARTIAL_REFUND', amount: '30.00', currency: 'GBP', reason: 'Broken on arrival' } }, agent);
    expect(offered.data?.requestCompensation.state).toBe('REQUESTED');
    await waitUntil(
      textOf(supervisor.getByTestId('approval-toast').getByRole('link')),
      (text) => text === 'Approval waiting: Partial refund 30.00 GBP on Amazon UK',
      'the approval toast on the supervisor’s screen',
    );
    expect(await watcher.getByTestId('approval-toast').count()).toBe(1); // admins approve too

    // 1. The partial refund over the agent's 20-unit limit, waiting in the supervisor's inbox.
    await supervisor.getByRole('link', { name: 'Approvals' }).click();
    await supervisor.getByRole('heading', { name: 'Compensation approvals' }).waitFor();
    const refund = supervisor.getByRole('article', { name: 'Partial refund 18.00 GBP' });
    await refund.locator('time.sla-countdown').waitFor();
    await refund.getByRole('textbox', { name: 'Reason for the decision' }).fill('A week late: refund the shipping and more, keep the buyer');
    await refund.getByRole('button', { name: 'Approve' }).click();
    await refund.waitFor({ state: 'detached' });
    await screenshot(supervisor, 'prevention-approved');

    // 2. Amazon UK's open A-to-z claim, from the claims board to its ticket: withdrawn by the buyer.
    await supervisor.getByRole('navigation').getByRole('link', { name: 'Claims' }).click();
    const card = supervisor.getByTestId('claims-column-OPEN').locator('[data-claim-id]').filter({ hasText: 'Amazon UK' }).first();
    await card.getByRole('link').click();
    const panel = supervisor.locator('.claim-panel');
    await waitUntil(textOf(panel.getByTestId('claim-status')), (text) => text === 'Open', 'the open claim');
    await panel.getByRole('button', { name: 'Withdrawn', exact: true }).click();
    await waitUntil(textOf(panel.getByTestId('claim-status')), (text) => text === 'Decided', 'the claim decided');

    // 3. The admin's Account health page, untouched since it loaded: one defect fewer, a lower rate.
    await waitUntil(
      textOf(odr.locator('.metric-tile__volume')),
      (text) => Number(/^(\d+) of/.exec(text)?.[1]) === defectsBefore - 1,
      'one defect fewer on the ODR tile',
    );
    const after = await textOf(value)();
    expect(parseFloat(after)).toBeLessThan(parseFloat(before));
    await screenshot(watcher, 'prevention-health-dropped');
  });
});
