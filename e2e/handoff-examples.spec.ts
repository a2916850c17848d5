import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';
import { expectNoViolations } from './support/axe';

const during = (page: Page) => page.getByRole('region', { name: 'During-Session Functions' });

/** A front desk with handoffs to a billing and a tech agent, each named uniquely for this run. */
async function frontDesk(request: APIRequestContext) {
  const suffix = Date.now();
  const front = await createAgent(request, { name: `Lobby ${suffix}`, description: 'Greets customers and routes them.' });
  const ledger = await createAgent(request, { name: `Ledger ${suffix}`, description: 'Invoices and payments.' });
  const gadgets = await createAgent(request, { name: `Gadgets ${suffix}`, description: 'Technical problems with the app.' });
  await createHandoff(request, front.id, ledger.id, 'Hand off when the customer asks about invoices, charges or refunds.');
  const tech = await createHandoff(request, front.id, gadgets.id, 'Hand off when the customer reports an error message or cannot log in to the app.');
  return { front, ledger, gadgets, tech };
}

test.describe('Example customer messages of a handoff', () => {
  test('are typed one per line in Advanced, saved, shown again, and a few are appended to the tool the LLM receives', async ({ page, request }) => {
    const { front, gadgets, tech } = await frontDesk(request);
    await page.goto(`/integrations/agentic-functions/${front.id}`);
    const edit = async () => {
      await during(page).getByRole('button', { name: `Edit Agent Handoff to ${gadgets.name}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit Agent Handoff' });
      await dialog.getByText('Advanced').click();
      return dialog;
    };

    let dialog = await edit();
    const examples = dialog.getByLabel('Example customer messages');
    await expect(examples).toHaveAccessibleDescription(/0-50, one per line, up to 300 characters each/);
    await examples.fill('The app crashes when I open it\n\n  I cannot log in since the update  \nthe app crashes when I open it');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Reopened: blank lines and the repeat are gone, each line trimmed.
    dialog = await edit();
    await expect(dialog.getByLabel('Example customer messages')).toHaveValue('The app crashes when I open it\nI cannot log in since the update');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await during(page).getByRole('listitem', { name: `Agent Handoff to ${gadgets.name}` }).getByRole('button', { name: /View tool/ }).click();
    const tool = page.getByRole('dialog', { name: `Tool ${tech.toolName}` });
    const json = JSON.parse((await tool.getByLabel('Tool definition').textContent()) ?? '{}') as { function: { description: string } };
    expect(json.function.description).toBe(
      'Hand off when the customer reports an error message or cannot log in to the app.\n\nExamples of customer messages for this handoff: “The app crashes when I open it”; “I cannot log in since the update”',
    );
    // The same as the API's tools array: the View tool JSON is exactly what is sent.
    const { tools } = (await (await request.get(`/api/v1/agents/${front.id}/tools`)).json()) as { tools: { function: { name: string; description: string } }[] };
    expect(tools.find((t) => t.function.name === tech.toolName)?.function.description).toBe(json.function.description);
  });

  test('an example that reads like a sibling handoff’s is flagged under the examples, and a too long one is refused on save', async ({ page, request }) => {
    const { front, ledger, gadgets } = await frontDesk(request);
    await page.goto(`/integrations/agentic-functions/${front.id}`);
    await during(page).getByRole('button', { name: `Edit Agent Handoff to ${gadgets.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Agent Handoff' });
    await dialog.getByText('Advanced').click();
    const examples = dialog.getByLabel('Example customer messages');
    await examples.fill('I cannot log in\nPlease refund the double charge on my invoice');
    const hint = dialog.getByText(`Example “Please refund the double charge on my invoice” reads like ${ledger.name}'s`, { exact: false });
    await expect(hint).toBeVisible();
    // The new field and its hint pass axe (WCAG 2 A/AA) inside the dialog.
    await expectNoViolations(page, { include: 'dialog[open]' });
    await examples.fill('I cannot log in');
    await expect(dialog.getByText(/reads like/)).toHaveCount(0);

    await examples.fill(`I cannot log in\n${'x'.repeat(301)}`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(examples).toHaveAccessibleDescription(/Example 2: An example must be at most 300 characters\./);
    await expect(examples).toHaveAttribute('aria-invalid', 'true');
    // What was typed is kept.
    await expect(examples).toHaveValue(`I cannot log in\n${'x'.repeat(301)}`);
  });
});
