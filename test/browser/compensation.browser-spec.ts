import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn } from '../support/browser';
import { startTestServer } from '../support/server';

const AGENT_DE = 'agent.de@demo.lifeline.test';
const SUPERVISOR = 'supervisor@demo.lifeline.test';
const ADMIN = 'admin@demo.lifeline.test';
const SETUP_TIMEOUT = 180_000;
const SHOTS = process.env.COMPENSATION_SCREENSHOTS;

describe('Compensation in the console', () => {
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

  const signedIn = (email: string): Promise<Page> => signIn(browser, server.url, email, contexts, { width: 1440, height: 1000 });

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  it('a supervisor approves an agent’s partial refund from the inbox, and the agent’s ticket view shows it approved without a reload', async () => {
    const [{ ticket_id: lampTicket }] = await server.sql<{ ticket_id: string }>(`SELECT ticket_id FROM messages WHERE external_id = '<demo-2@marketplace.amazon.de>'`);
    const [agent, supervisor] = await Promise.all([signedIn(AGENT_DE), signedIn(SUPERVISOR)]);

    await agent.goto(`/tickets/${lampTicket}`);
    const panel = agent.getByRole('region', { name: 'Compensation' });
    const refund = panel.getByRole('article', { name: 'Partial refund 25.00 EUR' });
    await refund.getByText('Waiting for approval').waitFor();
    // The agent may not decide on it.
    expect(await refund.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await shot(agent, 'agent-ticket-waiting');

    await supervisor.getByRole('link', { name: 'Approvals' }).click();
    await supervisor.getByRole('heading', { name: 'Compensation approvals' }).waitFor();
    const waiting = supervisor.getByRole('article', { name: 'Partial refund 25.00 EUR' });
    await waiting.locator('time.sla-countdown').waitFor();
    await supervisor.getByTestId('compensation-report-chart').waitFor();
    await shot(supervisor, 'supervisor-inbox');
    await waiting.getByRole('textbox', { name: 'Reason for the decision' }).fill('Cracked glass, photos seen');
    await waiting.getByRole('button', { name: 'Approve' }).click();
    await supervisor.getByRole('article', { name: 'Partial refund 25.00 EUR' }).waitFor({ state: 'detached' });

    await refund.getByText('Approved', { exact: true }).waitFor();
    await refund.getByText(/Approved by .*: “Cracked glass, photos seen”/).waitFor();
    await shot(agent, 'agent-ticket-approved');
  });

  it('an agent sees the limit hint and a request within it is approved at once', async () => {
    const [{ ticket_id: ticketId }] = await server.sql<{ ticket_id: string }>(`SELECT ticket_id FROM messages WHERE external_id = '<demo-1@marketplace.amazon.de>'`);
    const agent = await signedIn(AGENT_DE);
    await agent.goto(`/tickets/${ticketId}`);
    const panel = agent.getByRole('region', { name: 'Compensation' });
    await panel.getByRole('button', { name: 'Offer compensation' }).click();
    await panel.getByLabel('Currency').fill('EUR');
    await panel.getByTestId('compensation-hint').filter({ hasText: 'Your limit 20.00 EUR · 0.00 EUR already on this order · above it a supervisor approves' }).waitFor();
    await panel.getByRole('textbox', { name: 'Amount', exact: true }).fill('25');
    await panel.getByRole('status').filter({ hasText: 'supervisor' }).waitFor();
    await panel.getByRole('textbox', { name: 'Amount', exact: true }).fill('7.50');
    await panel.getByLabel('Reason').fill('Late parcel');
    await shot(agent, 'agent-form');
    await panel.getByRole('button', { name: 'Request compensation' }).click();
    const action = panel.getByRole('article', { name: 'Partial refund 7.50 EUR' });
    await action.getByText('Approved', { exact: true }).waitFor();
    await action.getByRole('textbox', { name: 'Reference' }).fill('AMZ-REF-1');
    await action.getByRole('button', { name: 'Mark executed' }).click();
    await action.getByText('Executed', { exact: true }).waitFor();
    await action.getByRole('combobox', { name: 'Outcome' }).selectOption('FEEDBACK_REMOVED');
    await action.getByRole('button', { name: 'Record outcome' }).click();
    await action.getByText('Outcome: Feedback removed').waitFor();
    await shot(agent, 'agent-executed');
  });

  it('an agent changes a waiting request down to within the limit, and it is approved at once', async () => {
    const [{ ticket_id: ticketId }] = await server.sql<{ ticket_id: string }>(`SELECT ticket_id FROM messages WHERE external_id = '<demo-15@marketplace.amazon.de>'`);
    const agent = await signedIn(AGENT_DE);
    await agent.goto(`/tickets/${ticketId}`);
    const panel = agent.getByRole('region', { name: 'Compensation' });
    await panel.getByRole('button', { name: 'Offer compensation' }).click();
    await panel.getByLabel('Kind').selectOption('COUPON');
    await panel.getByLabel('Currency').fill('EUR');
    await panel.getByRole('textbox', { name: 'Coupon value' }).fill('24.00');
    await panel.getByLabel('Reason').fill('Invoice was missing twice');
    await panel.getByRole('button', { name: 'Request compensation' }).click();
    const waiting = panel.getByRole('article', { name: 'Coupon 24.00 EUR' });
    await waiting.getByText('Waiting for approval').waitFor();
    await waiting.getByRole('button', { name: 'Change' }).click();
    const change = waiting.getByRole('form', { name: 'Change this request' });
    await change.getByRole('textbox', { name: 'Coupon value' }).fill('15.00');
    await change.getByRole('button', { name: 'Save change' }).click();
    const approved = panel.getByRole('article', { name: 'Coupon 15.00 EUR' });
    await approved.getByText('Approved', { exact: true }).waitFor();
    await approved.getByText(/approved automatically/).waitFor();
  });

  it('an admin raises the agents’ limit in settings, and the agent’s hint follows', async () => {
    const admin = await signedIn(ADMIN);
    await admin.goto('/settings');
    const section = admin.getByRole('region', { name: 'Compensation limits' });
    const agentLimits = section.getByRole('textbox', { name: 'Limits for Agent (e.g. EUR 20.00, USD 22.00)' });
    await agentLimits.fill('EUR 30.00, USD 33.00');
    await section.getByRole('button', { name: 'Save limits' }).click();
    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await shot(admin, 'admin-settings');

    const [{ ticket_id: ticketId }] = await server.sql<{ ticket_id: string }>(`SELECT ticket_id FROM messages WHERE external_id = '<demo-3@marketplace.amazon.de>'`);
    const agent = await signedIn(AGENT_DE);
    await agent.goto(`/tickets/${ticketId}`);
    const panel = agent.getByRole('region', { name: 'Compensation' });
    await panel.getByRole('button', { name: 'Offer compensation' }).click();
    await panel.getByLabel('Currency').fill('EUR');
    await panel.getByTestId('compensation-hint').filter({ hasText: 'Your limit 30.00 EUR' }).waitFor();

    // 中文: the same panel in Chinese.
    await agent.getByRole('banner').getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-CN');
    const zhPanel = agent.getByRole('region', { name: '补偿' });
    await zhPanel.getByTestId('compensation-hint').filter({ hasText: '您的额度 30.00 EUR' }).waitFor();
    await shot(agent, 'agent-zh');
  });
});
