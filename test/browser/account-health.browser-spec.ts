import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn, textOf, waitUntil } from '../support/browser';
import { cleanUkOrder } from '../support/demo-orders';
import { startTestServer } from '../support/server';

const SUPERVISOR = 'supervisor@demo.lifeline.test';
const ADMIN = 'admin@demo.lifeline.test';
const UK_KEY = 'lk_demo_amazon_uk';
const SETUP_TIMEOUT = 180_000;

describe('account health in the console', () => {
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

  /** Posts claims as Amazon UK's connector would, with the store's demo key. */
  async function postClaims(rows: unknown[]): Promise<Record<string, unknown>> {
    const response = await fetch(`${server.url}/api/v1/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${UK_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(rows),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as Record<string, unknown>;
  }


  it('shows ODR against its red line, turns it WARNING with an alert when a claim arrives, and drops it back when the claim is withdrawn, all without a reload', async () => {
    const page = await signedIn(SUPERVISOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Account health' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account health' }).waitFor();
    expect(await page.getByLabel('Store', { exact: true }).locator('option:checked').innerText()).toBe('Amazon DE');
    await page.getByLabel('Store', { exact: true }).selectOption({ label: 'Amazon UK' });

    const odr = page.getByTestId('metric-tile-ORDER_DEFECT_RATE.ALL');
    await odr.waitFor();
    expect(await odr.getAttribute('data-status')).toBe('OK');
    const before = (await odr.getByTestId('metric-value').innerText()).trim();
    expect(before).toMatch(/^0\.7\d%$/);
    expect(await odr.getByTestId('metric-lines').innerText()).toContain('red line 1%');
    expect(await odr.getByTestId('metric-budget').innerText()).toMatch(/^\d+ more defects? before 1%$/);
    await page.getByRole('heading', { name: 'Order defects' }).waitFor();
    await page.getByRole('heading', { name: 'Shipping' }).waitFor();
    await page.getByRole('heading', { name: 'Customer service' }).waitFor();

    await odr.click();
    await page.getByTestId('trend-chart').locator('.recharts-line').waitFor();
    expect(await page.getByTestId('trend-chart').innerText()).toContain('red line 1%');
    await screenshot(page, 'account-health-ok');

    const orderId = await cleanUkOrder(server.sql);
    const claim = { claimId: 'AZ-BROWSER-1', kind: 'A_TO_Z', marketplaceOrderId: orderId, openedAt: new Date().toISOString(), amount: 14.9, currency: 'GBP', status: 'OPEN' };
    expect(await postClaims([claim])).toMatchObject({ created: 1 });

    await waitUntil(() => odr.getAttribute('data-status'), (status) => status === 'WARNING', 'the ODR tile to turn WARNING');
    const raised = (await odr.getByTestId('metric-value').innerText()).trim();
    expect(raised).not.toBe(before);
    await waitUntil(textOf(page.getByTestId('health-alert-toast').getByRole('link')), (text) => text === 'ODR crossed the warning line on Amazon UK', 'the alert banner');
    const alertRow = page.getByTestId('health-alerts').getByRole('row').nth(1);
    await waitUntil(textOf(alertRow), (text) => text.includes('Order defect rate') && text.includes('Warning line'), 'the alert in the history');
    const ordersTable = page.getByTestId('metric-orders');
    await waitUntil(textOf(ordersTable), (text) => text.includes(orderId) && text.includes('A-to-z claim'), 'the claimed order behind the numerator');
    await screenshot(page, 'account-health-warning');
    if (process.env.SCREENSHOT_DIR) await page.getByTestId('metric-detail').screenshot({ path: join(process.env.SCREENSHOT_DIR, 'metric-detail.png') });

    expect(await postClaims([{ ...claim, status: 'CLOSED', decision: 'WITHDRAWN', decidedAt: new Date().toISOString() }])).toMatchObject({ updated: 1 });

    await waitUntil(() => odr.getAttribute('data-status'), (status) => status === 'OK', 'the ODR tile back to OK');
    expect((await odr.getByTestId('metric-value').innerText()).trim()).toBe(before);
    await waitUntil(textOf(ordersTable), (text) => !text.includes(orderId), 'the withdrawn claim to leave the orders list');
  });
  it('imports a seller-feedback report from the console and shows what it did', async () => {
    const page = await signedIn(SUPERVISOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Account health' }).click();
    await page.getByRole('link', { name: 'Import reports' }).click();
    await page.getByLabel('Store').selectOption({ label: 'Amazon UK' });
    await page.getByLabel('Report').selectOption('GET_SELLER_FEEDBACK_DATA');
    await page.getByLabel('File').setInputFiles('test/fixtures/amazon/seller-feedback.tsv');
    await page.getByRole('button', { name: 'Import' }).click();
    await waitUntil(textOf(page.getByRole('status').filter({ hasText: 'Imported' })), (text) => text.includes('Imported.'), 'the import result');
    expect(await page.getByTestId('import-rows').textContent()).toBe('3');
    expect(await page.getByTestId('import-created').textContent()).toBe('3');
    expect(await page.locator('progress.upload-progress').getAttribute('value')).toBe(await page.locator('progress.upload-progress').getAttribute('max'));
    await page.getByLabel('File').setInputFiles('test/fixtures/amazon/seller-feedback-bad-rating.tsv');
    await page.getByRole('button', { name: 'Import' }).click();
    await waitUntil(textOf(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })), (text) => text.includes('Row 3'), 'the row of the broken file');
    expect(await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).textContent()).toContain('column "Rating"');
    await screenshot(page, 'imports');
  });

  it("lets an admin tighten a store's ODR warning line: the tile turns Warning at once, and a line above the red line is refused", async () => {
    const page = await signedIn(ADMIN);
    await page.goto('/account-health');
    await page.getByLabel('Store', { exact: true }).selectOption({ label: 'Amazon UK' });
    const odr = page.getByTestId('metric-tile-ORDER_DEFECT_RATE.ALL');
    await waitUntil(() => odr.getAttribute('data-status'), (status) => status === 'OK', 'the ODR tile OK');

    await page.getByRole('button', { name: 'Lines' }).click();
    const warning = page.getByLabel('Order defect rate – Warning line');
    expect(await warning.inputValue()).toBe('0.8');
    await warning.fill('0.5');
    await page.getByRole('button', { name: 'Save lines' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await waitUntil(() => odr.getAttribute('data-status'), (status) => status === 'WARNING', 'the ODR tile to turn WARNING');
    expect(await odr.getByTestId('metric-lines').innerText()).toContain('warning 0.5%');
    await screenshot(page, 'account-health-lines');

    await warning.fill('2');
    await page.getByRole('button', { name: 'Save lines' }).click();
    await page.getByRole('alert').filter({ hasText: 'cannot be saved' }).waitFor();
    expect(await warning.getAttribute('aria-invalid')).toBe('true');
    expect(await odr.getByTestId('metric-lines').innerText()).toContain('warning 0.5%');
  });

  it("shows an eBay store's seller level, what holds it back and its feedback score", async () => {
    const page = await signedIn(SUPERVISOR);
    await page.goto('/account-health');
    await page.getByLabel('Store', { exact: true }).selectOption({ label: 'eBay US' });
    await waitUntil(textOf(page.getByTestId('ebay-level')), (text) => text === 'Above Standard', 'the seller level');
    expect(await page.getByTestId('ebay-standing').innerText()).toContain('Transaction defect rate over its line');
    expect(await page.getByTestId('ebay-feedback').innerText()).toMatch(/^Feedback score [\d,]+ · \d+ positive/);
    await page.getByRole('heading', { name: 'eBay seller standards' }).waitFor();
    expect(await page.getByTestId('metric-tile-EBAY_TRANSACTION_DEFECT_RATE.-').getAttribute('data-status')).toBe('WARNING');
    await screenshot(page, 'account-health-ebay');
  });
});
