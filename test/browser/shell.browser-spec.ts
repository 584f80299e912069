import {
  LoginDocument,
  MeDocument,
  StoresDocument,
  UpdateStoreDocument,
  type TypedDocumentString,
} from '@lifeline/api-contract';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestServer } from '../support/server';

const AGENT_EMAIL = 'agent.en@demo.lifeline.test';
const ADMIN_EMAIL = 'admin@demo.lifeline.test';
const DEMO_PASSWORD = 'lifeline-demo';
const NAV_EN = ['Queues', 'Risk pool', 'Claims', 'Account health', 'Appeals', 'Settings'];
const NAV_ZH = ['工单队列', '风险池', '索赔', '账户健康', '申诉', '设置'];
const DEMO_STORES = ['Amazon DE', 'Amazon UK', 'Amazon US', 'eBay US'];
const UI_TIMEOUT = 15_000;
/** Booting the API on a fresh database, and inflating Chromium on a fresh machine, take a while. */
const SETUP_TIMEOUT = 180_000;

/** Waits until the locator's visible text is exactly `expected` (Playwright's `expect` is not in playwright-core). */
async function waitForText(locator: Locator, expected: string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.innerText().catch(() => '')) ?? '').trim();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected text "${expected}", last saw "${last}"`);
}

describe('console shell', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agentName: string;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true, serveConsole: true });
    browser = await launchBrowser();
    agentName = await nameOf(AGENT_EMAIL);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, SETUP_TIMEOUT);

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(UI_TIMEOUT);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Sends a typed operation straight to the API, as another user working elsewhere would. */
  async function api<R, V>(document: TypedDocumentString<R, V>, variables: V, token?: string): Promise<R> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as { data?: R; errors?: unknown[] };
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function tokenFor(email: string): Promise<string> {
    return (await api(LoginDocument, { email, password: DEMO_PASSWORD })).login.token;
  }

  /** The demo agent's name as the API knows it, so the test does not hard-code the seed's choice. */
  async function nameOf(email: string): Promise<string> {
    return (await api(MeDocument, {}, await tokenFor(email))).me.name;
  }

  async function signIn(password = DEMO_PASSWORD): Promise<void> {
    await page.goto('/');
    await page.getByLabel('Email').fill(AGENT_EMAIL);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  const topBar = () => page.getByRole('banner');
  const nav = () => page.getByRole('navigation');
  const navLabels = () => nav().getByRole('link').evaluateAll((links) => links.map((link) => link.firstElementChild?.textContent ?? ''));

  it('signs the demo agent in and shows their name, role, organisation, the navigation and a live connection', async () => {
    await signIn();

    await page.waitForURL('**/queues');
    await waitForText(topBar().getByTestId('user-name'), agentName);
    await waitForText(topBar().getByTestId('organization-name'), 'Demo Seller');
    await topBar().getByText('Agent', { exact: true }).waitFor();
    expect(await navLabels()).toEqual(NAV_EN);
    await waitForText(topBar().getByRole('status'), 'Live');
    await page.getByRole('heading', { level: 1, name: 'Queues' }).waitFor();
    await page.getByRole('button', { name: 'My tickets' }).waitFor();
  });

  it('switches the console to Simplified Chinese, and keeps it after a reload', async () => {
    await signIn();
    await waitForText(topBar().getByTestId('organization-name'), 'Demo Seller');

    await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');

    await nav().getByRole('link', { name: '工单队列' }).waitFor();
    expect(await navLabels()).toEqual(NAV_ZH);
    await topBar().getByRole('button', { name: '退出登录' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.reload();
    await nav().getByRole('link', { name: '设置' }).waitFor();
    expect(await navLabels()).toEqual(NAV_ZH);
  });

  it("shows the organisation's four demo stores in Settings", async () => {
    await signIn();
    await nav().getByRole('link', { name: 'Settings' }).click();

    await page.getByRole('heading', { name: 'Stores' }).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    await rows.nth(DEMO_STORES.length - 1).waitFor();
    const names = await rows.locator('th').allInnerTexts();
    expect(names.map((name) => name.trim()).sort()).toEqual(DEMO_STORES);
    const amazonDe = rows.filter({ hasText: 'Amazon DE' });
    expect(await amazonDe.locator('td').first().innerText()).toBe('Amazon');
  });

  it('jumps between screens with g and a letter', async () => {
    await signIn();
    await page.getByRole('heading', { level: 1, name: 'Queues' }).waitFor();

    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');

    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await page.getByRole('heading', { name: 'Claims' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/claims');
  });

  it('tells the user when the email or password is wrong, and stays on the login page', async () => {
    await signIn('not-the-password');

    await waitForText(page.getByRole('alert'), 'Wrong email or password.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
  });

  it('signs out back to the login page', async () => {
    await signIn();
    await waitForText(topBar().getByRole('status'), 'Live');

    await topBar().getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto('/settings');
    await page.waitForURL('**/login');
  });

  it('shows a store an admin renames elsewhere without a reload (socket event invalidates the stores query)', async () => {
    await signIn();
    await nav().getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('rowheader', { name: 'Amazon UK', exact: true }).waitFor();
    await waitForText(topBar().getByRole('status'), 'Live');

    const adminToken = await tokenFor(ADMIN_EMAIL);
    const { stores } = await api(StoresDocument, {}, adminToken);
    const store = stores.find((candidate) => candidate.name === 'Amazon UK')!;
    const renamed = await api(
      UpdateStoreDocument,
      { input: { id: store.id, version: store.version, name: 'Amazon UK (Prime)' } },
      adminToken,
    );
    try {
      await page.getByRole('rowheader', { name: 'Amazon UK (Prime)', exact: true }).waitFor();
    } finally {
      await api(
        UpdateStoreDocument,
        { input: { id: store.id, version: renamed.updateStore.version, name: 'Amazon UK' } },
        adminToken,
      );
    }
  });
});
