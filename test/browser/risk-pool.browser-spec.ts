import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, signIn, UI_TIMEOUT } from '../support/browser';
import { startTestServer } from '../support/server';

const AGENT_DE = 'agent.de@demo.lifeline.test';
const AGENT_EN = 'agent.en@demo.lifeline.test';
const SETUP_TIMEOUT = 180_000;
/** Katrin's parcel: overdue, no carrier scan, and she threatens an A-to-z claim in German (seed/demo-risk.ts). */
const KATRIN_ORDER = '302-4567890-1234567';

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

describe('high-risk pool', () => {
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

  const signedIn = (email: string): Promise<Page> => signIn(browser, server.url, email, contexts);

  it('one agent claims a German buyer’s order from the pool and the other agent’s pool shows who has it, without a refresh', async () => {
    const [dieter, emma] = await Promise.all([signedIn(AGENT_DE), signedIn(AGENT_EN)]);
    await Promise.all([dieter.goto('/risk-pool?language=de'), emma.goto('/risk-pool?language=de')]);
    const rowOf = (page: Page) => page.locator(`tr[data-order-id="${KATRIN_ORDER}"]`);

    const chips = await waitForTextContaining(rowOf(dieter).locator('.risk-chips'), 'Threatens an A-to-z claim');
    expect(chips).toContain('Not delivered');
    expect(await rowOf(dieter).locator('.risk-deadline__kind').innerText()).toBe('Reply to buyer');
    expect(Number(await rowOf(dieter).locator('.risk-score__value').innerText())).toBeGreaterThanOrEqual(60);

    await rowOf(dieter).getByRole('button', { name: 'Claim' }).click();
    await waitForTextContaining(rowOf(dieter).getByTestId('risk-holder'), 'Claimed by you');
    await waitForTextContaining(rowOf(emma).getByTestId('risk-holder'), 'Claimed by Dieter Deutsch');
    expect(await rowOf(emma).getByRole('button', { name: 'Claim' }).count()).toBe(0);
  });
});
