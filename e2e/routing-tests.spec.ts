import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';
import { expectNoViolations } from './support/axe';

/** A front desk that hands plant questions to a garden team, as the simulated model routes them. */
async function gardenCentre(request: APIRequestContext) {
  const suffix = Date.now();
  const desk = await createAgent(request, { name: `Desk ${suffix}`, description: 'Front desk of a garden centre.' });
  const garden = await createAgent(request, { name: `Garden ${suffix}`, description: 'Plants, seeds and lawn care.' });
  await createHandoff(request, desk.id, garden.id, 'Hand off when the customer asks about plants, flowers, seeds or lawn care.');
  return { desk, garden };
}

const section = (page: Page) => page.getByRole('region', { name: 'Routing tests' });
/** A message field by its label ("Message 2"), not its Remove button ("Remove message 2"). */
const message = (dialog: Locator, n: number) => dialog.getByRole('textbox', { name: `Message ${n}`, exact: true });

test.describe('Routing tests', () => {
  // Each journey drives several dialogs and server round trips: on a busy 2-core machine that takes over 30 s.
  test.describe.configure({ timeout: 90_000 });

  test('add a test through the dialog (an empty message is refused on its field), edit it, delete it', async ({ page }) => {
    const { desk, garden } = await gardenCentre(page.request);
    await page.goto(`/integrations/agentic-functions/${desk.id}`);
    await expect(section(page)).toContainText('No tests yet');

    await section(page).getByRole('button', { name: 'Add test' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add routing test' });
    await expect(dialog).toContainText(`Starts with ${desk.name}.`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(message(dialog, 1)).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Write the customer message.')).toBeVisible();

    await dialog.getByLabel('Name (optional)').fill('Roses');
    await message(dialog, 1).fill('hello');
    await dialog.getByRole('button', { name: 'Add message' }).click();
    await expect(message(dialog, 2)).toBeFocused();
    await message(dialog, 2).fill('my roses are wilting');
    await dialog.getByLabel('Expected outcome').selectOption({ label: `Hand off to ${garden.name}` });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const row = section(page).getByRole('listitem', { name: 'Roses' });
    await expect(row).toContainText('2 messages');
    await expect(row.getByTestId('expected-outcome')).toHaveText(`Hands off to ${garden.name}`);

    await row.getByRole('button', { name: 'Edit test Roses' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit routing test' });
    await expect(message(edit, 2)).toHaveValue('my roses are wilting');
    await edit.getByRole('button', { name: 'Remove message 1' }).click();
    await expect(message(edit, 1)).toHaveValue('my roses are wilting');
    await edit.getByLabel('Expected outcome').selectOption({ label: `No handoff (stays with ${desk.name})` });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText('1 message');
    await expect(row.getByTestId('expected-outcome')).toHaveText('No handoff');

    await row.getByRole('button', { name: 'Delete test Roses' }).click();
    await page.getByRole('dialog', { name: 'Delete this routing test?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(section(page)).toContainText('No tests yet');
  });

  test('import a CSV: the preview names the bad line, then the good rows are imported; export gives them back', async ({ page }) => {
    const { desk, garden } = await gardenCentre(page.request);
    await page.goto(`/integrations/agentic-functions/${desk.id}`);
    await section(page).getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import tests from CSV' });
    const csv = `\uFEFFmessage,expected\r\n"My lawn is patchy, help",${garden.name.toUpperCase()}\r\nWhat are your opening hours?,Nobody\r\nWhere do I park?,\r\n`;
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'tests.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('list', { name: 'Rows that will not be imported' })).toHaveText(/^Line 3: No agent “Nobody” in this workspace/);
    await expect(dialog.getByRole('table')).toContainText('My lawn is patchy, help');
    await expect(dialog.getByRole('table')).toContainText(`Hands off to ${garden.name}`);
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Import 2 tests' }).click();
    await expect(dialog.getByText('Imported 2 tests; skipped 1 bad row.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(section(page).getByRole('listitem')).toHaveCount(2);
    await expect(section(page).getByRole('listitem', { name: 'Where do I park?' }).getByTestId('expected-outcome')).toHaveText('No handoff');

    const exported = await page.request.get(`/api/v1/agents/${desk.id}/tests/csv`);
    expect(exported.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers()['content-disposition']).toMatch(/^attachment; filename="routing-tests-desk-\d+\.csv"$/);
    expect(await exported.text()).toBe(`\uFEFFmessage,expected\r\n"My lawn is patchy, help",${garden.name}\r\nWhere do I park?,no handoff\r\n`);
    await expect(section(page).getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', `/api/v1/agents/${desk.id}/tests/csv`);
  });

  test('save a test from a customer message in Test Chat and in a past transcript, listed with the agent it reached', async ({ page }) => {
    const { desk, garden } = await gardenCentre(page.request);
    await page.goto(`/test-chat?agent=${desk.id}`);
    await expect(page.getByTestId('active-agent')).toHaveText(desk.name);
    const log = page.getByRole('log', { name: 'Conversation' });
    for (const text of ['hello there', 'My flowers are wilting and I need new seeds']) {
      await page.getByRole('textbox', { name: 'Message' }).fill(text);
      await page.getByRole('textbox', { name: 'Message' }).press('Enter');
      await expect(log.getByText(text, { exact: true })).toBeVisible();
      await expect(page.getByText(/is thinking…/)).toHaveCount(0);
    }
    await expect(page.getByTestId('active-agent')).toHaveText(garden.name);

    await log.getByRole('button', { name: 'Save as test: “My flowers are wilting and I need new seeds”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as test' });
    await expect(dialog).toContainText(`Starts with ${desk.name}.`);
    await expect(message(dialog, 1)).toHaveValue('hello there');
    await expect(message(dialog, 2)).toHaveValue('My flowers are wilting and I need new seeds');
    await expect(dialog.getByLabel('Expected outcome')).toHaveValue(garden.id);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(log.getByText('Saved as a test')).toBeVisible();

    // The same conversation in Session history: the first message stayed with the desk.
    const sessions = (await (await page.request.get('/api/v1/sessions')).json()) as { sessions: { id: string; startAgentId: string }[] };
    const session = sessions.sessions.find((s) => s.startAgentId === desk.id);
    await page.goto(`/test-chat/sessions/${session?.id}`);
    await page.getByRole('region', { name: 'Transcript' }).getByRole('button', { name: 'Save as test: “hello there”' }).click();
    const fromTranscript = page.getByRole('dialog', { name: 'Save as test' });
    await expect(fromTranscript.getByLabel('Expected outcome')).toHaveValue('');
    await expect(message(fromTranscript, 2)).toHaveCount(0);
    await fromTranscript.getByRole('button', { name: 'Save' }).click();
    await expect(fromTranscript).toBeHidden();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routing tests' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Routing tests' })).toBeVisible();
    const group = page.getByRole('region', { name: new RegExp(`^${desk.name}`) });
    await expect(group.getByRole('listitem').filter({ hasText: '1 message' }).getByTestId('expected-outcome')).toHaveText('No handoff');
    const saved = group.getByRole('listitem').filter({ hasText: '2 messages' });
    await expect(saved.getByTestId('expected-outcome')).toHaveText(`Hands off to ${garden.name}`);
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page);
  });
});
