import { test, expect, iamUrl } from './fixtures';
import { readPack, startPack } from '../support/packs';
import { within } from '../support/timeouts';

const TRANSITIONS = Number(process.env.CHURN_RUNS ?? 100);

test(`over ${TRANSITIONS} pushState/replaceState/popstate/hashchange transitions the step follows the committed URL`, async ({ page, serviceWorker }) => {
  test.setTimeout(within(120_000));
  const callout = page.locator('console-coach-overlay [data-cc="callout"]');
  await page.goto(iamUrl('/users'));
  await startPack(serviceWorker, readPack('test/fixtures/packs/overlay-tour.yaml'), 'start-create-user');
  await expect(callout).toHaveAttribute('data-state', 'anchored');
  const routes = ['#/users', '#/groups', '#/home', '#/policies', '#/users$', '#/users?x=1', '#/account_settings'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const kinds = ['pushState', 'replaceState', 'hash', 'back'] as const;
  const counts: Record<string, number> = {};
  for (let i = 0; i < TRANSITIONS; i++) {
    const kind = kinds[Math.floor(next() * kinds.length)]!;
    const route = routes[Math.floor(next() * routes.length)]!;
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (kind === 'back') {
      // history.back() commits asynchronously (late on a busy machine): wait for the commit before reading the URL.
      await page.goBack({ waitUntil: 'commit' });
    } else {
      await page.evaluate(
        ([how, hash]) => {
          if (how === 'pushState') history.pushState(null, '', hash);
          else if (how === 'replaceState') history.replaceState(null, '', hash);
          else location.hash = hash;
        },
        [kind, route] as const,
      );
    }
    const committed = await page.evaluate(() => location.hash);
    // On the Users route the step is here (anchored, or waiting while the page catches up); elsewhere otherwise.
    const onUsers = /^#\/users(\$|\?.*)?$/.test(committed);
    await expect(callout, `after ${kind} to ${committed}`).toHaveAttribute('data-state', onUsers ? /^(anchored|waiting)$/ : 'elsewhere', { timeout: within(3_000) });
  }
  console.log(`churn: ${TRANSITIONS} transitions (${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}), the callout followed the committed URL every time`);
});
