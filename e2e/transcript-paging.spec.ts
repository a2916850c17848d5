import { expect, test, type APIRequestContext } from '@playwright/test';

const MESSAGES = 250;

/** A session of 250 customer messages, each answered: 501 events with the greeting. */
async function longSession(request: APIRequestContext) {
  const suffix = Date.now();
  const agent = await request.post('/api/v1/agents', {
    data: { name: `Pager ${suffix}`, description: 'Answers everything itself.', greeting: `Pager ${suffix} here.` },
  });
  expect(agent.status()).toBe(201);
  const created = await request.post('/api/v1/sessions', { data: { agentId: ((await agent.json()) as { id: string }).id } });
  expect(created.status()).toBe(201);
  const session = (await created.json()) as { id: string };
  for (let i = 1; i <= MESSAGES; i += 1) {
    const sent = await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: `Question number ${i}` } });
    expect(sent.status()).toBe(200);
  }
  return session.id;
}

test.describe('a long transcript is read a page at a time', () => {
  test.setTimeout(180_000);
  let sessionId: string;
  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    sessionId = await longSession(request);
  });

  test('the transcript page shows the newest 200 events with exact counts and pages back to the first', async ({ page }) => {
    await page.goto(`/test-chat/sessions/${sessionId}`);
    const pages = page.getByRole('navigation', { name: 'Transcript pages' });
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await expect(pages).toContainText('Showing 200 of 501 events (302–501)');
    await expect(transcript.getByText(`Question number ${MESSAGES}`, { exact: true })).toBeVisible();
    await expect(transcript.getByText('Question number 100', { exact: true })).toHaveCount(0);
    await expect(pages.getByRole('link', { name: 'Show newest messages' })).toHaveCount(0);

    await pages.getByRole('link', { name: 'Show earlier messages' }).click();
    await expect(page).toHaveURL(/\?before=302$/);
    await expect(pages).toContainText('Showing 200 of 501 events (102–301)');
    await expect(transcript.getByText('Question number 100', { exact: true })).toBeVisible();

    await pages.getByRole('link', { name: 'Show earlier messages' }).click();
    await expect(pages).toContainText('Showing 101 of 501 events (1–101)');
    await expect(transcript.getByText('Question number 1', { exact: true })).toBeVisible();
    await expect(pages.getByRole('link', { name: 'Show earlier messages' })).toHaveCount(0);

    await pages.getByRole('link', { name: 'Show newest messages' }).click();
    await expect(pages).toContainText('Showing 200 of 501 events (302–501)');
  });

  test('a broken page link says so and shows the newest events', async ({ page }) => {
    await page.goto(`/test-chat/sessions/${sessionId}?before=soon`);
    await expect(page.getByRole('alert').filter({ hasText: 'does not name a page' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Transcript pages' })).toContainText('Showing 200 of 501 events (302–501)');
  });

  test('continuing the session in Test Chat loads only its newest page', async ({ page }) => {
    await page.goto(`/test-chat/sessions/${sessionId}`);
    await page.getByRole('link', { name: 'Continue in Test Chat' }).click();
    const log = page.getByRole('log', { name: 'Conversation' });
    await expect(log.getByText(`Question number ${MESSAGES}`, { exact: true })).toBeVisible();
    await expect(log.getByText('301 earlier events are not shown here')).toBeVisible();
    await expect(log.getByText('Question number 100', { exact: true })).toHaveCount(0);
    await log.getByRole('link', { name: 'read them in the transcript' }).click();
    await expect(page).toHaveURL(new RegExp(`/test-chat/sessions/${sessionId}$`));
  });

  test('the API pages with ?limit=&before= and refuses bad values on the field', async ({ request }) => {
    const newest = await (await request.get(`/api/v1/sessions/${sessionId}?limit=5`)).json();
    expect(newest.events.map((event: { seq: number }) => event.seq)).toEqual([497, 498, 499, 500, 501]);
    expect(newest.page).toEqual({ total: 501, earlier: 496, earlierBefore: 497 });
    const before = await (await request.get(`/api/v1/sessions/${sessionId}?limit=2&before=${newest.page.earlierBefore}`)).json();
    expect(before.events.map((event: { seq: number }) => event.seq)).toEqual([495, 496]);
    const whole = await (await request.get(`/api/v1/sessions/${sessionId}`)).json();
    expect(whole.events).toHaveLength(501);
    expect(whole.page).toEqual({ total: 501, earlier: 0, earlierBefore: null });

    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=ten', 'limit'],
      ['limit=1001', 'limit'],
      ['before=-1', 'before'],
      ['cursor=abc', 'cursor'],
    ]) {
      const response = await request.get(`/api/v1/sessions/${sessionId}?${query}`);
      expect(response.status(), query).toBe(422);
      const body = await response.json();
      expect(Object.keys(body.error.fieldErrors), query).toEqual([field]);
    }
    expect((await request.get('/api/v1/sessions/ses_nobody?limit=0')).status()).toBe(404);
  });
});
