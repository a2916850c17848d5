import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { postCreated } from './support/api';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** A busy corner of the demo workspace: routes both ways and a fan-out, so labels have neighbours to collide with. */
const test = base.extend<{ busyCorner: void }>({
  busyCorner: [
    async ({ request }, provide) => {
      const suffix = Date.now();
      const names = ['Front Desk', 'Order Tracking', 'Refunds and Returns', 'Account Security'];
      const agents = [];
      for (const name of names) agents.push(await postCreated(request, '/api/v1/agents', { name: `${name} ${suffix}`, description: `${name} agent.` }));
      const pairs = [[0, 1], [0, 2], [0, 3], [1, 0], [2, 0], [1, 2], [3, 0]] as const;
      const functions = [];
      for (const [from, to] of pairs) {
        functions.push(
          await postCreated(request, `/api/v1/agents/${agents[from]?.id}/functions`, {
            phase: 'during_session',
            type: 'agent_handoff',
            config: { targetAgentId: agents[to]?.id, description: `Hand off when the customer needs ${names[to]} help, such as a question only that team can answer.` },
          }),
        );
      }
      await provide();
      for (const fn of functions) expect((await request.delete(`/api/v1/functions/${fn.id}`)).status()).toBe(204);
      for (const agent of agents) expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(204);
    },
    // Eleven writes and eleven deletes on a busy machine: its own time, not the test's.
    { timeout: 90_000 },
  ],
});

async function openMap(page: Page): Promise<Locator> {
  await page.goto('/review/map');
  const map = page.getByRole('group', { name: 'Handoff map' });
  await expect(map.locator('a[data-route]').first()).toBeVisible();
  return map;
}

async function transformOf(map: Locator): Promise<{ x: number; y: number; scale: number }> {
  const value = (await map.locator('[data-map-viewport]').getAttribute('transform')) ?? '';
  const match = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/.exec(value);
  if (!match) throw new Error(`unexpected transform "${value}"`);
  return { x: Number(match[1]), y: Number(match[2]), scale: Number(match[3]) };
}

test.describe('Handoff map', () => {
  test('labels each route at its midpoint on a background, and no label covers another or an agent', async ({ page, busyCorner }) => {
    void busyCorner;
    const map = await openMap(page);
    const routes = await map.locator('a[data-route]').evaluateAll((links) =>
      links.map((link) => {
        const line = link.querySelector<SVGPathElement>('path[data-route-line]');
        const background = link.querySelector<SVGRectElement>('[data-route-label] rect');
        const text = link.querySelector<SVGTextElement>('[data-route-label] text');
        if (!line || !background || !text) return { route: link.getAttribute('data-route'), missing: true };
        const length = line.getTotalLength();
        const middle = line.getPointAtLength(length / 2);
        const box = background.getBBox();
        const textBox = text.getBBox();
        const screen = background.getBoundingClientRect();
        return {
          route: link.getAttribute('data-route'),
          missing: false,
          length,
          offMiddle: Math.hypot(box.x + box.width / 2 - middle.x, box.y + box.height / 2 - middle.y),
          textInside:
            textBox.x >= box.x - 0.5 && textBox.x + textBox.width <= box.x + box.width + 0.5 && textBox.y >= box.y - 0.5 && textBox.y + textBox.height <= box.y + box.height + 0.5,
          fill: getComputedStyle(background).fill,
          screen: { x: screen.x, y: screen.y, width: screen.width, height: screen.height },
        };
      }),
    );
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      expect(route.missing, `${route.route} has a line and a label`).toBe(false);
      // At the middle of its own arrow: within a twentieth of the arrow's length of its halfway point.
      expect(route.offMiddle, `${route.route} label is off its midpoint`).toBeLessThanOrEqual(Math.max(8, (route.length ?? 0) * 0.05));
      expect(route.textInside, `${route.route} label text fits its background`).toBe(true);
      expect(route.fill, `${route.route} label has a background`).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
    }
    const agentBoxes = await map.locator('a[data-agent] rect').evaluateAll((rects) =>
      rects.map((rect) => {
        const { x, y, width, height } = rect.getBoundingClientRect();
        return { x, y, width, height, name: rect.closest('a')?.getAttribute('aria-label') };
      }),
    );
    for (const [i, a] of routes.entries()) {
      for (const b of routes.slice(i + 1)) expect(overlap(a.screen as Box, b.screen as Box), `${a.route} and ${b.route} labels overlap`).toBe(false);
      for (const agent of agentBoxes) expect(overlap(a.screen as Box, agent), `${a.route} label covers ${agent.name}`).toBe(false);
    }
  });

  test('the drawing fills its box', async ({ page }) => {
    const map = await openMap(page);
    const box = (await map.boundingBox()) as Box;
    const drawing = (await map.locator('[data-map-drawing]').boundingBox()) as Box;
    expect(box.width).toBeGreaterThan(600);
    const used = Math.max(drawing.width / box.width, drawing.height / box.height);
    expect(used, `drawing ${JSON.stringify(drawing)} in box ${JSON.stringify(box)}`).toBeGreaterThanOrEqual(0.8);
  });

  test('zooms and pans with its buttons and with the keyboard on the focused map', async ({ page }) => {
    const map = await openMap(page);
    const start = await transformOf(map);
    const moved = async (change: (before: { x: number; y: number; scale: number }, after: { x: number; y: number; scale: number }) => boolean) => {
      const before = await transformOf(map);
      return () => expect.poll(async () => change(before, await transformOf(map))).toBe(true);
    };

    let check = await moved((b, a) => a.scale > b.scale);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await check();
    check = await moved((b, a) => a.scale < b.scale);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await check();
    check = await moved((b, a) => a.x > b.x && a.y === b.y);
    await page.getByRole('button', { name: 'Pan left' }).click();
    await check();
    check = await moved((b, a) => a.y < b.y && a.x === b.x);
    await page.getByRole('button', { name: 'Pan down' }).click();
    await check();
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => transformOf(map)).toEqual(start);

    await map.focus();
    await expect(map).toBeFocused();
    check = await moved((b, a) => a.scale > b.scale);
    await page.keyboard.press('+');
    await check();
    check = await moved((b, a) => a.scale < b.scale);
    await page.keyboard.press('-');
    await check();
    check = await moved((b, a) => a.x < b.x);
    await page.keyboard.press('ArrowRight');
    await check();
    check = await moved((b, a) => a.y > b.y);
    await page.keyboard.press('ArrowUp');
    await check();
    await page.keyboard.press('0');
    await expect.poll(() => transformOf(map)).toEqual(start);

    // The map's own links still follow it in the tab order.
    await page.keyboard.press('Tab');
    await expect(map.locator('a[data-route]').first()).toBeFocused();

    // Zoomed in, tabbing to an agent out of sight pans until it is in sight.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await transformOf(map)).scale).toBeGreaterThan(3);
    const lastAgent = map.locator('a[data-agent]').last();
    const inSight = async () => {
      const frame = (await map.boundingBox()) as Box;
      const box = (await lastAgent.locator('rect').boundingBox()) as Box;
      return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
    };
    // Push it further out of sight, whichever side it is on.
    const frame = (await map.boundingBox()) as Box;
    const agentBox = (await lastAgent.locator('rect').boundingBox()) as Box;
    const away = agentBox.x + agentBox.width / 2 > frame.x + frame.width / 2 ? 'Pan left' : 'Pan right';
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: away }).click();
    await expect.poll(inSight).toBe(false);
    await page.getByRole('list', { name: 'Routes' }).getByRole('link').first().focus();
    await page.keyboard.press('Shift+Tab');
    await expect(lastAgent).toBeFocused();
    await expect.poll(inSight).toBe(true);
  });

  test('drags to pan, and Ctrl + wheel zooms at the pointer', async ({ page }) => {
    const map = await openMap(page);
    const svg = (await map.locator('svg').boundingBox()) as Box;
    const start = await transformOf(map);
    // The drawing's margin is empty canvas: press there, not on a link.
    await page.mouse.move(svg.x + 6, svg.y + 6);
    await page.mouse.down();
    await page.mouse.move(svg.x + 106, svg.y + 46, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await transformOf(map)).x).toBeGreaterThan(start.x);
    expect((await transformOf(map)).scale).toBe(start.scale);

    await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await transformOf(map)).scale).toBeGreaterThan(start.scale);
    await expect(page).toHaveURL(/\/review\/map$/);
  });

  test('hovering or focusing an agent highlights its routes and dims the rest', async ({ page }) => {
    const map = await openMap(page);
    const billing = map.getByRole('link', { name: 'Billing: open its functions' });
    const billingId = await billing.getAttribute('data-agent');
    const routes = map.locator('a[data-route]');
    const expectHighlighted = async (agentId: string | null) => {
      for (const route of await routes.all()) {
        const touches = agentId !== null && [await route.getAttribute('data-from'), await route.getAttribute('data-to')].includes(agentId);
        if (agentId === null) {
          await expect(route).not.toHaveAttribute('data-highlighted');
          await expect(route).not.toHaveAttribute('data-dimmed');
          await expect(route).toHaveCSS('opacity', '1');
        } else if (touches) {
          await expect(route).toHaveAttribute('data-highlighted', 'true');
          await expect(route).toHaveCSS('opacity', '1');
          await expect(route.locator('path[data-route-line]')).toHaveCSS('stroke-width', '3px');
        } else {
          await expect(route).toHaveAttribute('data-dimmed', 'true');
          await expect(route).toHaveCSS('opacity', '0.2');
        }
      }
    };

    await expectHighlighted(null);
    await billing.hover();
    await expectHighlighted(billingId);
    await page.mouse.move(1, 1);
    await expectHighlighted(null);

    const tech = map.getByRole('link', { name: 'Technical Support: open its functions' });
    await tech.focus();
    await expectHighlighted(await tech.getAttribute('data-agent'));
    await expect(page.locator('figcaption')).toContainText('Technical Support');
    await tech.blur();
    await expectHighlighted(null);
  });
});
