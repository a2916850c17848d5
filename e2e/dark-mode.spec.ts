import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';

/** The relative luminance (0 black … 1 white) of an element's opaque background, whatever colour syntax it uses. */
async function backgroundLuminance(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const color = getComputedStyle(document.querySelector(sel)!).backgroundColor;
    // A canvas turns oklch(), color-mix() and friends into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
    if (alpha < 255) return Number.NaN; // a see-through background says nothing about the theme
    const linear = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => sum + weight * (linear[i] ?? 0), 0);
  }, selector);
}

async function expectTheme(page: Page, theme: 'dark' | 'light') {
  if (theme === 'dark') {
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await backgroundLuminance(page, 'html')).toBeLessThan(0.05);
    expect(await backgroundLuminance(page, 'aside#site-menu')).toBeLessThan(0.05);
  } else {
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    expect(await backgroundLuminance(page, 'html')).toBeGreaterThan(0.8);
    expect(await backgroundLuminance(page, 'aside#site-menu')).toBeGreaterThan(0.9);
  }
}

const theme = (page: Page) => page.getByRole('radiogroup', { name: 'Theme' });

test.describe('Dark mode', () => {
  test('follows the system preference until a choice in the shell overrides it, and remembers the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/agents');
    await expectTheme(page, 'dark');
    await expect(theme(page).getByRole('radio', { name: 'System' })).toBeChecked();

    // The system changing its mind is followed live while the choice is System.
    await page.emulateMedia({ colorScheme: 'light' });
    await expectTheme(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectTheme(page, 'dark');

    await theme(page).getByRole('radio', { name: 'Light' }).check();
    await expectTheme(page, 'light');
    await page.reload();
    await expectTheme(page, 'light');
    await expect(theme(page).getByRole('radio', { name: 'Light' })).toBeChecked();
    await page.goto('/review');
    await expectTheme(page, 'light');

    await page.emulateMedia({ colorScheme: 'light' });
    await theme(page).getByRole('radio', { name: 'Dark' }).check();
    await expectTheme(page, 'dark');
    await page.reload();
    await expectTheme(page, 'dark');

    await theme(page).getByRole('radio', { name: 'System' }).check();
    await expectTheme(page, 'light');
    await page.reload();
    await expectTheme(page, 'light');
    await expect(theme(page).getByRole('radio', { name: 'System' })).toBeChecked();
  });

  test('the theme is applied before the app’s JavaScript runs: no flash of the wrong one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/agents');
    await theme(page).getByRole('radio', { name: 'Dark' }).check();
    await expectTheme(page, 'dark');
    // Without any of the app's bundles the server's HTML and the inline script alone decide the theme.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/agents');
    await expectTheme(page, 'dark');
    await expect(theme(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  test.describe('axe passes in the dark theme', () => {
    // A full axe run takes seconds on a small machine, and some of these run it twice.
    test.describe.configure({ timeout: 60_000 });
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
    });

    for (const path of ['/agents', '/agents/new', '/integrations', '/integrations/agentic-functions', '/test-chat/sessions', '/review', '/review/map', '/review/history', '/no-such-page']) {
      test(`${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectTheme(page, 'dark');
        await expectNoViolations(page);
      });
    }

    test('the functions page, its chat with a handoff, and the Add Function dialog', async ({ page }) => {
      await page.goto('/integrations/agentic-functions');
      await page.getByRole('link', { name: /^General Support/ }).click();
      const log = page.getByRole('log', { name: 'Conversation' });
      await expect(log).toContainText('Acme support');
      const box = page.getByRole('textbox', { name: 'Message' });
      await box.fill('I was charged twice for my invoice this month');
      await box.press('Enter');
      await expect(log.getByText(/General Support → Billing via transfer_to_billing/)).toBeVisible();
      await log.getByText(/General Support → Billing via transfer_to_billing/).click();
      await expect(page.getByText(/is thinking…/)).toHaveCount(0);
      await expectNoViolations(page);

      await page.getByRole('region', { name: 'During-Session Functions' }).getByRole('button', { name: 'Add Function' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' }).click();
      await page.getByLabel('Description').fill('billing');
      await expect(page.getByText(/Too short to be specific/)).toBeVisible();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByRole('button', { name: /View tool/ }).first().click();
      await expect(page.getByRole('dialog').getByLabel('Tool definition')).toContainText(/"type":\s*"function"/);
      await expectNoViolations(page);
    });

    test('Test Chat and a transcript with its function calls', async ({ page }) => {
      await page.goto('/test-chat');
      await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
      const box = page.getByRole('textbox', { name: 'Message' });
      await expect(box).toBeEnabled();
      await box.fill('My app shows an error message after the update');
      await box.press('Enter');
      const log = page.getByRole('log', { name: 'Conversation' });
      await expect(log.getByText(/^General Support → Technical Support via transfer_to_technical_support/)).toBeVisible();
      await expect(page.getByText(/is thinking…/)).toHaveCount(0);
      await expectNoViolations(page);

      await page.getByRole('link', { name: 'Session history' }).first().click();
      await page.getByRole('link', { name: 'Transcript' }).first().click();
      await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
});
