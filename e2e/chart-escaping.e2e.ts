import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Campaign, Port } from '../contracts/index.ts';
import { account, baseUrl, e2eAvailable, launch, seriousViolations, signIn } from './support.ts';

/** A port no other spec reads, renamed for the run and given back its name and place at the end. */
const PORT = 'GL-LOGS';
const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const SEEDED = '北湾原木口岸';
/** The seeded name, the payload, and an entity, which escaped once shows as typed rather than as the character it names. */
const NAME = `${SEEDED}${PAYLOAD}&lt;b&gt;`;
/** A place apart from the other demo ports, so the pointer over this port's point is over it alone. */
const APART = { latitude: 32, longitude: 110 };

/** What the payload's handler would set, were it ever run. */
type XssProbe = { __xss?: unknown };

/**
 * Port names are user text, and ECharts shows what a tooltip formatter returns as HTML. A branch officer
 * gives a port a name holding markup through the API; on the map of ports and on the campaign heatmap the
 * tooltip shows that name literally, creates no element from it and runs nothing.
 */
describe.skipIf(!e2eAvailable)('chart tooltips show user text as text', () => {
  let browser: Browser;
  let page: Page;
  let csrf = '';
  let original: Port;

  const portByCode = async (): Promise<Port> => {
    const list = (await (
      await page.request.get(`${baseUrl}/api/v1/ports`, { params: { q: PORT, pageSize: 10 } })
    ).json()) as { items: Port[] };
    const found = list.items.find((p) => p.code === PORT);
    if (!found) throw new Error(`${PORT} is not in the Gaolan branch's register`);
    return (await (await page.request.get(`${baseUrl}/api/v1/ports/${found.id}`)).json()) as Port;
  };

  /** The port's editable fields as the update route takes them, with some replaced. */
  async function updatePort(
    changes: Partial<Pick<Port, 'nameZh' | 'nameEn' | 'latitude' | 'longitude'>>,
  ): Promise<Port> {
    const p = await portByCode();
    const data = {
      version: p.version,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      placeKind: p.placeKind,
      placeType: p.placeType,
      modes: p.modes,
      portClass: p.portClass,
      provinceCode: p.provinceCode,
      cityCode: p.cityCode,
      latitude: p.latitude,
      longitude: p.longitude,
      openedDate: p.openedDate,
      designCapacity: p.designCapacity,
      ...changes,
    };
    const response = await page.request.put(`${baseUrl}/api/v1/ports/${p.id}`, {
      data,
      headers: { 'x-csrf-token': csrf },
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as Port;
  }

  beforeAll(async () => {
    browser = await launch();
    const officer = account('branch.gaolan');
    page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
    ).newPage();
    await signIn(page, officer.username, officer.password);
    await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
    csrf = (
      (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string }
    ).csrfToken;
    original = await portByCode();
    const renamed = await updatePort({
      nameZh: NAME,
      nameEn: `North Bay ${PAYLOAD}`,
      ...APART,
    });
    expect(renamed.nameZh).toBe(NAME);
  });

  afterAll(async () => {
    if (original)
      await updatePort({
        nameZh: original.nameZh,
        nameEn: original.nameEn,
        latitude: original.latitude,
        longitude: original.longitude,
      });
    await browser?.close();
  });

  /** ECharts' HTML tooltip: the div it appends beside the canvas's own container. */
  const tooltipOf = (chart: Locator) => chart.locator('.echarts-for-react > div:not(:has(canvas))');

  type Box = { x: number; y: number; width: number; height: number };

  /**
   * Moves the mouse over the chart, one point per poll, until the tooltip holds `marker`; each poll first
   * reads the tooltip the previous move showed, so no fixed wait is needed. `at` gives the points to try
   * on the page, from the canvas's box. Returns the tooltip.
   */
  async function hoverUntil(
    chart: Locator,
    at: (box: Box) => { x: number; y: number }[],
    marker: string,
  ): Promise<Locator> {
    const box = await chart.locator('canvas').first().boundingBox();
    if (!box) throw new Error('the chart has no canvas on screen');
    const points = at(box);
    const tooltip = tooltipOf(chart);
    let next = 0;
    await expect
      .poll(
        async () => {
          if (
            (await tooltip.count()) > 0 &&
            ((await tooltip.first().textContent()) ?? '').includes(marker)
          )
            return true;
          const point = points[next % points.length] ?? {
            x: box.x + box.width / 2,
            y: box.y + box.height / 2,
          };
          next += 1;
          await page.mouse.move(point.x, point.y);
          return false;
        },
        { timeout: 60_000, interval: 150 },
      )
      .toBe(true);
    return tooltip.first();
  }

  /** The tooltip shows the name's characters as typed, holds no element made from it, and nothing ran. */
  async function expectInert(tooltip: Locator) {
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain(PAYLOAD);
    expect(text).toContain('&lt;b&gt;');
    expect(await tooltip.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as XssProbe).__xss)).toBeUndefined();
  }

  it('the map of ports shows the name in its tooltip as text', async () => {
    await page.goto(`${baseUrl}/ports`);
    await page.getByTestId('ports-tab-map').click();
    const map = page.getByTestId('ports-map');
    await expect.poll(() => map.getAttribute('aria-label'), { timeout: 15_000 }).toContain(PAYLOAD);
    // The point is where the port's focus target sits; then a few pixels around it, in case of rounding.
    // Read once the map has settled on its fitted view and final width: two reads a second apart agree.
    const targetOf = () => page.getByTestId(`port-map-target-${PORT}`).boundingBox();
    let target = await targetOf();
    await expect
      .poll(
        async () => {
          const previous = JSON.stringify(target);
          await new Promise((r) => setTimeout(r, 1000));
          target = await targetOf();
          return target !== null && JSON.stringify(target) === previous;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    if (!target) throw new Error(`${PORT} is not on the map`);
    const spot = target;
    const offsets = [0, -3, 3, -6, 6];
    const tooltip = await hoverUntil(
      map,
      () =>
        offsets.flatMap((dy) =>
          offsets.map((dx) => ({
            x: spot.x + spot.width / 2 + dx,
            y: spot.y + spot.height / 2 + dy,
          })),
        ),
      PORT,
    );
    await expectInert(tooltip);
    expect(await tooltip.locator('b').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the campaign heatmap shows the port name in its tooltip as text', async () => {
    const campaigns = (await (
      await page.request.get(`${baseUrl}/api/v1/campaigns`, { params: { pageSize: 200 } })
    ).json()) as { items: Campaign[] };
    const baseline = campaigns.items.find((c) => c.code === '2026-BASELINE');
    if (!baseline) throw new Error('the demo baseline campaign is missing');
    await page.goto(`${baseUrl}/standards/campaigns/${baseline.id}`);
    await page.getByTestId('campaign-tab-dashboard').click();
    const heatmap = page.getByTestId('chart-heatmap');
    await expect
      .poll(() => heatmap.getAttribute('aria-label'), { timeout: 15_000 })
      .toContain(PAYLOAD);
    // Down the chart right of the port names, in steps smaller than a row, until the port's row is reached.
    const tooltip = await hoverUntil(
      heatmap,
      (box) =>
        Array.from({ length: 60 }, (_, i) => ({
          x: box.x + box.width * 0.6,
          y: box.y + (box.height * (i + 0.5)) / 60,
        })),
      SEEDED,
    );
    await expectInert(tooltip);
    expect(await tooltip.locator('br').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
