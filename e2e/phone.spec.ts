import { expect, test, type Page } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';
import { expectNoViolations } from './support/axe';
import { say } from './support/chat';

// An iPhone 12–15 sized window: the sidebar becomes a menu and nothing may stick out to the right.
test.use({ viewport: { width: 390, height: 844 } });

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Opens the menu and follows one of its links, as a phone user would. */
async function goByMenu(page: Page, link: string) {
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
  await mainNav(page).getByRole('link', { name: link, exact: true }).click();
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(mainNav(page)).toBeHidden();
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    // The innermost elements sticking out to the right, to say what made the page too wide.
    const sticking = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5);
    const innermost = sticking.filter((element) => !sticking.some((other) => other !== element && element.contains(other)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      culprits: innermost.slice(0, 5).map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`),
    };
  });
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide in a ${innerWidth}px window: ${culprits.join(', ')}`).toBeLessThanOrEqual(innerWidth);
}

test.describe('On a phone (390×844)', () => {
  test('the sidebar is a menu button: a disclosure that Escape and a chosen link close', async ({ page }) => {
    await page.goto('/agents');
    const button = menuButton(page);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
    const controls = await button.getAttribute('aria-controls');
    expect(controls).toBeTruthy();

    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`[id="${controls}"]`).getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Theme' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoViolations(page);

    // The next Tab stop after the button is the menu's first link; Escape closes and returns focus.
    await button.focus();
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'Agents' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();

    // Enter opens it from the keyboard; choosing a link closes it on the new page.
    await page.keyboard.press('Enter');
    await expect(mainNav(page)).toBeVisible();
    await mainNav(page).getByRole('link', { name: 'Test Chat' }).click();
    await expect(page).toHaveURL(/\/test-chat$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Test Chat' })).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page)).toBeHidden();
  });

  test('no page is wider than the window', async ({ page, request }) => {
    // Fourteen pages in a row: on a loaded 2-core machine that is more than the default 30 s.
    test.setTimeout(90_000);
    const suffix = Date.now();
    // Long names make long unbroken tool names: the usual cause of a page wider than a phone.
    const from = await createAgent(request, { name: `Reception Frontline Coordination ${suffix}`, description: 'Greets every customer.', greeting: 'Hello!' });
    const to = await createAgent(request, { name: `Warranty Escalations Department ${suffix}`, description: 'Warranty claims and replacements.', greeting: 'Warranty here.' });
    const fn = await createHandoff(request, from.id, to.id, 'Hand off when the customer asks about a warranty claim or a replacement part.');
    await request.patch(`/api/v1/functions/${fn.id}`, { data: { version: 1, config: { description: 'Hand off when the customer asks about a warranty claim, a repair or a replacement.' } } });
    const session = await (await request.post('/api/v1/sessions', { data: { agentId: from.id } })).json();
    await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'My warranty claim for a replacement part: https://example.com/claims/0123456789abcdefghijklmnopqrstuvwxyz' } });

    const pages = [
      '/agents',
      '/agents/new',
      `/agents/${from.id}`,
      '/integrations',
      '/integrations/agentic-functions',
      `/integrations/agentic-functions/${from.id}`,
      '/test-chat',
      '/test-chat/sessions',
      `/test-chat/sessions/${session.id}`,
      '/review',
      '/review/map',
      '/review/history',
      `/review/history/${fn.id}`,
      '/no-such-page',
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalOverflow(page);
    }
  });

  test('axe passes where tables and the map scroll inside their own box', async ({ page }) => {
    test.setTimeout(60_000);
    for (const path of ['/review', '/review/map', '/test-chat/sessions']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page);
    }
  });

  test('an admin adds a handoff on the functions page and tries it in the chat stacked below', async ({ page, request }) => {
    const suffix = Date.now();
    const desk = await createAgent(request, { name: `Pocket Desk ${suffix}`, description: 'Front desk.', greeting: `Pocket Desk ${suffix} here.` });
    const garden = await createAgent(request, { name: `Pocket Garden ${suffix}`, description: 'Plants, seeds and lawn care.', greeting: `Pocket Garden ${suffix}: let's talk plants.` });

    await page.goto('/agents');
    await goByMenu(page, 'Agentic Functions');
    await page.getByRole('link', { name: new RegExp(`^${desk.name}`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: desk.name })).toBeVisible();

    const during = page.getByRole('region', { name: 'During-Session Functions' });
    await during.getByRole('button', { name: 'Add Function' }).click();
    const dialog = page.getByRole('dialog', { name: /Add Function/ });
    await dialog.getByRole('button', { name: 'Agent Handoff' }).click();
    await page.getByLabel('Target Agent').selectOption({ label: garden.name });
    await page.getByLabel('Description').fill('Hand off when the customer asks about plants, flowers, seeds or lawn care.');
    const box = await page.getByRole('dialog').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const row = during.getByRole('listitem', { name: `Agent Handoff to ${garden.name}` });
    await expect(row).toBeVisible();
    // The description has the row's width, not the half left beside the Enabled switch.
    const [rowBox, textBox] = [await row.boundingBox(), await row.getByText('Hand off when the customer asks about plants').boundingBox()];
    expect(textBox!.width).toBeGreaterThan(0.8 * rowBox!.width - 40);
    await expectNoHorizontalOverflow(page);

    // The chat pane sits under the functions, full width, and the new handoff is live in it.
    const pane = page.getByRole('region', { name: `Try ${desk.name}` });
    const functionsBox = await page.getByRole('region', { name: 'Post-Session Functions' }).boundingBox();
    const paneBox = await pane.boundingBox();
    expect(paneBox!.y).toBeGreaterThanOrEqual(functionsBox!.y + functionsBox!.height);
    expect(paneBox!.width).toBeGreaterThan(300);
    await say(page, 'My flowers are wilting and I need new seeds');
    await expect(pane.getByText(`${desk.name} → ${garden.name} via transfer_to_pocket_garden_${suffix}`)).toBeVisible();
    await expect(pane.getByTestId('active-agent')).toHaveText(garden.name);
    await expectNoHorizontalOverflow(page);
  });

  test("a table too wide for the window scrolls under its actions, which stay on screen", async ({ page, request }) => {
    const suffix = Date.now();
    await createAgent(request, { name: `Pinned ${suffix}`, description: 'A description long enough to make the agents table wider than a phone. '.repeat(3) });
    await page.goto(`/agents?q=Pinned ${suffix}`);
    const row = page.getByRole('row', { name: new RegExp(`Pinned ${suffix}`) });
    await expect(row.getByRole('cell').last()).toBeInViewport({ ratio: 1 });
    await page.goto('/settings/members');
    await expect(page.getByRole('row').nth(1).getByRole('cell').last()).toBeInViewport({ ratio: 1 });
    await expectNoHorizontalOverflow(page);
  });

  test('Test Chat works from the menu', async ({ page }) => {
    await page.goto('/agents');
    await goByMenu(page, 'Test Chat');
    await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
    await expect(page.getByTestId('active-agent')).toHaveText('General Support');
    await say(page, 'I was charged twice for my invoice this month');
    await expect(page.getByRole('log', { name: 'Conversation' }).getByText(/General Support → Billing via transfer_to_billing/)).toBeVisible();
    await expect(page.getByTestId('active-agent')).toHaveText('Billing');
    await expectNoHorizontalOverflow(page);

    await page.getByRole('link', { name: 'Session history' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Session history' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });

  test('Review works from the menu: the table scrolls in its own box, a finding leads to the fix', async ({ page, request }) => {
    const suffix = Date.now();
    const desk = await createAgent(request, { name: `Kiosk ${suffix}`, description: 'Kiosk.' });
    const parcels = await createAgent(request, { name: `Lockers ${suffix}`, description: 'Parcel lockers.' });
    const fn = await createHandoff(request, desk.id, parcels.id, 'lockers');

    await page.goto('/agents');
    await goByMenu(page, 'Review');
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await page.getByLabel('Search').fill(String(suffix));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${suffix}`));
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expectNoHorizontalOverflow(page);
    // The table is wider than the phone: its own box scrolls, the page does not.
    const scroller = await table.evaluate((element) => {
      const box = element.parentElement!;
      return { scrolls: box.scrollWidth > box.clientWidth, overflowX: getComputedStyle(box).overflowX };
    });
    expect(scroller).toEqual({ scrolls: true, overflowX: 'auto' });

    const label = `${desk.name} → ${parcels.name} (${fn.toolName})`;
    await page.getByRole('list', { name: 'Findings' }).getByRole('link', { name: `Edit ${label}` }).click();
    await expect(page).toHaveURL(new RegExp(`#fn-${fn.id}$`));
    await page.locator(`#fn-${fn.id}`).getByRole('button', { name: `Edit Agent Handoff to ${parcels.name}` }).click();
    await page.getByLabel('Description').fill('Hand off when the customer asks about a parcel locker code or a locker that will not open.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await goByMenu(page, 'Review');
    await page.getByRole('navigation', { name: 'Review' }).getByRole('link', { name: 'Handoff map' }).click();
    await expect(page).toHaveURL(/\/review\/map$/);
    await expect(page.getByRole('group', { name: 'Handoff map' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
