import { expect, type Page } from '@playwright/test';

export interface SayOptions {
  /**
   * How the sent message is confirmed in the Conversation log: `counted` (the default) waits for one more
   * copy of the text than before, so the same words may be said twice; `visible` waits for the text to show,
   * so it must be said only once.
   */
  confirm?: 'counted' | 'visible';
  /** Wait for the Message box to be enabled before typing (a page that has only just loaded). */
  waitForEnabled?: boolean;
}

/** Types a message in Test Chat and presses Enter, as a keyboard user would, then waits for the answer: shared by every spec that chats. */
export async function say(page: Page, text: string, { confirm = 'counted', waitForEnabled = false }: SayOptions = {}): Promise<void> {
  const sent = page.getByRole('log', { name: 'Conversation' }).getByText(text, { exact: true });
  const box = page.getByRole('textbox', { name: 'Message' });
  if (waitForEnabled) await expect(box).toBeEnabled();
  const before = confirm === 'counted' ? await sent.count() : 0;
  await box.fill(text);
  await box.press('Enter');
  if (confirm === 'counted') await expect(sent).toHaveCount(before + 1);
  else await expect(sent).toBeVisible();
  await expect(page.getByText(/is thinking…/)).toHaveCount(0);
}
