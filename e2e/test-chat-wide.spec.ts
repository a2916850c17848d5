import { expect, test, type Locator } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';
import { expectNoViolations } from './support/axe';
import { say } from './support/chat';

// A laptop's window: room for the transcript and, beside it, what the admin tests with.
test.use({ viewport: { width: 1440, height: 900 } });
// Two full axe runs take seconds each on a small machine.
test.describe.configure({ timeout: 90_000 });

/** Each score as a screen reader reads it ("… score 3.20 …"), in the order listed. */
async function readScores(list: Locator) {
  const texts = await list.getByRole('listitem').allInnerTexts();
  return texts.map((text) => Number(/score\s+(\d+\.\d\d)/.exec(text)?.[1] ?? Number.NaN));
}

test('at 1440 px the active agent’s offered tools and the selected handoff’s why sit beside the transcript', async ({ page }) => {
  const suffix = Date.now();
  const desk = await createAgent(page.request, { name: `Desk ${suffix}`, description: 'Front desk of a garden centre.', greeting: `Desk ${suffix} here, hello!` });
  const garden = await createAgent(page.request, { name: `Garden ${suffix}`, description: 'Plants, seeds and lawn care.', greeting: `Garden ${suffix} here: let's talk plants.` });
  const kitchen = await createAgent(page.request, { name: `Kitchen ${suffix}`, description: 'Cookware specialist.', greeting: `Kitchen ${suffix} at your service.` });
  const toGarden = await createHandoff(page.request, desk.id, garden.id, 'Hand off when the customer asks about plants, flowers, seeds or lawn care.');
  const toKitchen = await createHandoff(page.request, desk.id, kitchen.id, 'Hand off when the customer asks about pans, pots, knives or other cookware.');
  const gardenToKitchen = await createHandoff(page.request, garden.id, kitchen.id, 'Hand off when the customer asks about frying pans, saucepans, kitchen knives or baking trays.');

  await page.goto(`/test-chat?agent=${desk.id}`);
  const log = page.getByRole('log', { name: 'Conversation' });
  const tools = page.getByRole('region', { name: 'Offered tools' });
  const why = page.getByRole('region', { name: 'Why this handoff' });
  await expect(log.getByText(`Desk ${suffix} here, hello!`)).toBeVisible();

  // The start agent's tools: name, target agent and the admin's description, as the LLM is sent them.
  await expect(tools.getByRole('listitem')).toHaveCount(2);
  const gardenTool = tools.getByRole('listitem').filter({ hasText: toGarden.toolName });
  await expect(gardenTool).toContainText(`Target agent: ${garden.name}`);
  await expect(gardenTool).toContainText('Hand off when the customer asks about plants, flowers, seeds or lawn care.');
  await expect(tools.getByRole('listitem').filter({ hasText: toKitchen.toolName })).toContainText(`Target agent: ${kitchen.name}`);
  await expect(why).toContainText('No handoff yet');

  // Beside the transcript, not under it.
  const logBox = (await log.boundingBox())!;
  for (const panel of [tools, why]) {
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(logBox.x + logBox.width);
    expect(box.y).toBeLessThan(logBox.y + logBox.height);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // A handoff changes the active agent, and the panel follows it to the garden's own tools.
  await say(page, 'My flowers are wilting and I need new seeds');
  await expect(page.getByTestId('active-agent')).toHaveText(garden.name);
  await expect(tools).toContainText(`What ${garden.name} may call`);
  await expect(tools.getByRole('listitem')).toHaveCount(1);
  await expect(tools.getByRole('listitem')).toContainText(gardenToKitchen.toolName);
  await expect(tools.getByRole('listitem')).toContainText(`Target agent: ${kitchen.name}`);

  // The newest handoff is selected, and the panel reads its whole why: every tool's score, best first.
  const first = log.getByRole('button', { name: new RegExp(`^${desk.name} → ${garden.name} via ${toGarden.toolName}`) });
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(why).toContainText(`${desk.name} → ${garden.name} via ${toGarden.toolName}`);
  await expect(why).toContainText(/Context passed: Full conversation/);
  const scores = why.getByRole('list', { name: /Score of every offered tool/ });
  await expect(scores.getByRole('listitem')).toHaveCount(2);
  await expect(scores.getByRole('listitem').first()).toContainText(toGarden.toolName);
  await expect(scores.getByRole('listitem').first()).toContainText(/Matched words:.*(flowers|seeds)/);
  await expect(scores.getByRole('listitem').nth(1)).toContainText(toKitchen.toolName);
  const firstScores = await readScores(scores);
  expect(firstScores.every(Number.isFinite)).toBe(true);
  expect(firstScores[0]).toBeGreaterThan(firstScores[1]!);
  // Below xl the why opens inside the card; here it is beside it, so the card holds no table.
  await expect(log.getByRole('table')).toHaveCount(0);

  // A second handoff is selected in its turn, with the garden's tools scored.
  await say(page, 'Do you also sell frying pans and saucepans?');
  await expect(page.getByTestId('active-agent')).toHaveText(kitchen.name);
  const second = log.getByRole('button', { name: new RegExp(`^${garden.name} → ${kitchen.name} via ${gardenToKitchen.toolName}`) });
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  await expect(scores.getByRole('listitem')).toHaveCount(1);
  await expect(scores.getByRole('listitem')).toContainText(gardenToKitchen.toolName);
  await expect(scores.getByRole('listitem')).toContainText(/Matched words:.*(pans|saucepans|frying)/);
  await expect(tools).toContainText(`No tools: ${kitchen.name} answers every message itself.`);

  // The first card is chosen again from the keyboard.
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(second).toHaveAttribute('aria-pressed', 'false');
  await expect(why).toContainText(`${desk.name} → ${garden.name} via ${toGarden.toolName}`);
  await expect(scores.getByRole('listitem')).toHaveCount(2);
  expect(await readScores(scores)).toEqual(firstScores);

  await expectNoViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expectNoViolations(page);
});

test('below xl the side panels give way to today’s layout: the card opens to its why inline', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto('/test-chat');
  await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
  await say(page, 'I was charged twice for my invoice this month');
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(page.getByRole('region', { name: 'Offered tools' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Why this handoff' })).toHaveCount(0);
  await log.locator('summary').filter({ hasText: 'transfer_to_billing' }).click();
  await expect(log.getByRole('table', { name: /Why/ })).toContainText('transfer_to_billing');

  // Widening the window brings the panels, with the handoff already selected.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByRole('region', { name: 'Why this handoff' })).toContainText('General Support → Billing via transfer_to_billing');
  await expect(log.getByRole('button', { name: /^General Support → Billing via transfer_to_billing/ })).toHaveAttribute('aria-pressed', 'true');
});
