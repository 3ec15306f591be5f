// The release build served from a sub-path: the first page loads, switches language, stays on its own
// origin, logs nothing, violates nothing in its policy and passes axe.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, axeViolations, openApp, screenshot, suite } from './support.mjs';

const { site, watched } = suite('/tools/transfer-check/');

test('the start page loads from a sub-path and switches language', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);

  await assert.doesNotReject(page.locator('h1', { hasText: 'Transfer Check' }).waitFor());
  assert.match(await page.locator('main').innerText(), /Nothing you enter leaves this device\./);
  assert.match(await page.locator('footer').innerText(), /\[2023\] \(T\) Appraisal No\. 046/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await screenshot(page, 'start-en-desktop');

  await page.getByRole('button', { name: '简体中文' }).click();
  await page.locator('h1', { hasText: '转学资格自查' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.title(), '转学资格自查');
  // The Measures are published in English: their number is given as that text has it, and said so.
  assert.match(await page.locator('footer').innerText(),
    /《办法》（英文文本编号 \[2023\] \(T\) Appraisal No\. 046），自 2023 年 3 月 27 日起施行/);
  assert.equal(
    await page.getByRole('button', { name: '简体中文' }).getAttribute('aria-pressed'),
    'true',
  );

  // The choice is remembered across a reload.
  await page.reload();
  await page.locator('h1', { hasText: '转学资格自查' }).waitFor();

  assert.deepEqual(await watch.problems(page), []);
  const assets = watch.requests.map(({ url }) => new URL(url).pathname).filter((p) => p !== '/');
  assert.ok(
    assets.every((p) => p.startsWith('/tools/transfer-check/')),
    `every asset comes from the sub-path: ${assets.join(', ')}`,
  );
});

test('the page has no axe violations in either language, on desktop and phone', async (t) => {
  for (const viewport of [undefined, PHONE]) {
    const { context, watch } = await watched(t, viewport ? { viewport } : {});
    const page = await openApp(context, site.url);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.locator('h1', { hasText: '转学资格自查' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    if (viewport) {
      await screenshot(page, 'start-zh-phone');
      // Nothing wider than the phone: no sideways scrolling.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, 'the page scrolls sideways on a 360-pixel screen');
    }
    assert.deepEqual(await watch.problems(page), []);
  }
});

test('the policy blocks what it should: an injected inline script is refused and reported', async (t) => {
  // Proves the watch itself works: a page that breaks its policy must be caught.
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  const problems = await watch.problems(page);
  assert.ok(problems.some((p) => p.startsWith('CSP violation: script-src')), problems.join('\n'));
});
