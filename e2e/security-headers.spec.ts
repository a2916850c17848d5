import { expect, test, type APIResponse, type Page } from '@playwright/test';

/** The four headers every answer carries (issue #11), whoever sends it: a page, the API, Next's 404, the guard. */
function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], label).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
}

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];

/**
 * The pages a visit must load with no policy violation and no console error, then work (their scripts
 * hydrated), signed in as the owner (playwright.config.ts). `{agent}` is General Support's id (the demo data).
 */
const PAGES = [
  '/',
  '/agents',
  '/integrations/agentic-functions',
  '/integrations/agentic-functions/{agent}',
  '/test-chat',
  '/review',
  '/review/map',
  '/routing-tests',
  '/no-such-page',
];

/** A 404 that is no error here: the 404 page's own document, and the favicon the app does not have. */
const EXPECTED_404 = /^Failed to load resource: .* 404 \(Not Found\) \(http:\/\/[^/]+\/(no-such-page|favicon\.ico)\)$/;

/** Records every CSP violation the document reports, from before any of the page's own scripts run. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    const text = `${message.text()} (${message.location().url})`;
    if ((message.type() === 'error' || message.type() === 'warning') && !EXPECTED_404.test(text)) messages.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return {
    messages,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

const theme = (page: Page) => page.getByRole('radiogroup', { name: 'Theme' });

test.describe('Security headers', () => {
  test('a page, an API answer, Next’s 404 and a refused request all carry them', async ({ request }) => {
    const page = await request.get('/agents');
    expect(page.status()).toBe(200);
    expectSecurityHeaders(page, 'page');
    const api = await request.get('/api/v1/agents');
    expect(api.status()).toBe(200);
    expectSecurityHeaders(api, 'API');
    expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    const missing = await request.get('/no-such-page');
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing, '404 page');
    const refused = await request.post('/api/v1/agents', { data: { name: 'Evil Corp' }, headers: { origin: 'http://evil.example' } });
    expect(refused.status()).toBe(403);
    expectSecurityHeaders(refused, 'refusal');
  });

  test('every script in a page carries that response’s own nonce, new on each request', async ({ request }) => {
    const first = await request.get('/agents');
    const second = await request.get('/agents');
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second)).not.toBe(nonce);
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });
});

test.describe('Pages under the policy', () => {
  let agentId = '';
  test.beforeAll(async ({ request }) => {
    const { agents } = (await (await request.get('/api/v1/agents')).json()) as { agents: { id: string; name: string }[] };
    agentId = agents.find((agent) => agent.name === 'General Support')?.id ?? '';
    expect(agentId).not.toBe('');
  });

  for (const path of PAGES) {
    test(`${path} loads with no violation or console error, and its scripts run`, async ({ page }) => {
      const record = await recordViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path.replace('{agent}', agentId));
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Only hydrated React switches the theme.
      await theme(page).getByRole('radio', { name: 'Dark' }).check();
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await page.waitForLoadState('networkidle');
      expect(await record.violations()).toEqual([]);
      expect(record.messages).toEqual([]);
    });
  }

  test('the functions page opens the Add Function dialog, and Test Chat answers, under the policy', async ({ page }) => {
    const record = await recordViolations(page);
    await page.goto(`/integrations/agentic-functions/${agentId}`);
    await page.getByRole('region', { name: 'During-Session Functions' }).getByRole('button', { name: 'Add Function' }).click();
    await expect(page.getByRole('dialog', { name: /Add Function/ })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto('/test-chat');
    await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
    const log = page.getByRole('log', { name: 'Conversation' });
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('I was charged twice for my invoice this month');
    await box.press('Enter');
    await expect(log.getByText(/General Support → Billing via transfer_to_billing/)).toBeVisible();
    expect(await record.violations()).toEqual([]);
    expect(record.messages).toEqual([]);
  });
});

test.describe('Signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the sign-in page a visitor is sent to loads with no violation or console error', async ({ page }) => {
    const record = await recordViolations(page);
    await page.goto('/agents');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Wrong email or password.')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await record.violations()).toEqual([]);
    expect(record.messages).toEqual([]);
  });
});
