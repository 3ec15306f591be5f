// An admissions site embeds the engine: it loads the engine's own module (dist/engine/) on its own page
// and calls the exported `assess`; nothing of the app is loaded.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { assessed } from './app.mjs';
import { suite } from './support.mjs';

const { site, watched } = suite('/engine/');

test('a host page calls assess and gets the same assessment as the command line', async (t) => {
  const { context, watch } = await watched(t);
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // The host's own page, at the site's origin, loading the built module.
  await page.route(`${site.url}host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title></head>
<body><p id="host">An admissions site</p>
<script type="module">
  import init, { assess } from './engine/engine.js';
  await init({ module_or_path: './engine/engine_bg.wasm' });
  window.engine = { assess };
  document.body.dataset.ready = 'yes';
</script></body></html>`,
    }),
  );
  await page.goto(`${site.url}host.html`);
  await page.locator('body[data-ready="yes"]').waitFor();
  // Engine only: none of the app's files was asked for, and nothing mounted over the host's page.
  assert.deepEqual(requested.filter((p) => /transfer-check-|\.css$/.test(p)), []);
  assert.ok(requested.some((p) => p.endsWith('/engine/engine_bg.wasm')));
  assert.equal(await page.locator('#main-heading').count(), 0);
  assert.equal(await page.locator('#host').textContent(), 'An admissions site');

  const example = JSON.parse(readFileSync('examples/international-ects.json', 'utf8'));
  const result = await page.evaluate((c) => window.engine.assess(c, '2026-09-01'), example);
  assert.equal(result.format, 'transfer-check/assessment');
  assert.equal(result.policy, '2023-046');
  assert.equal(result.verdict, 'eligible');
  // The figures `assess examples/international-ects.json` prints.
  const printed = assessed('international-ects').credits;
  for (const figure of ['recognized', 'shortfall', 'internship_capped']) {
    assert.equal(String(result.credits[figure]), printed[figure], figure);
  }

  const chinese = await page.evaluate(
    (c) => window.engine.assess(JSON.stringify(c), '2026-09-01', 'zh-CN'),
    example,
  );
  assert.match(chinese.findings[0].message, /[\u4e00-\u9fff]/);

  const error = await page.evaluate(() => {
    try {
      window.engine.assess({ format: 'transfer-check/case', version: 1, courses: [{ grade: { system: 'percentage', value: 130 } }] });
      return null;
    } catch (e) {
      return { message: e.message, errors: e.errors };
    }
  });
  assert.deepEqual(error.errors, [
    { path: 'courses[0].grade.value', message: "130 is above the percentage scale's maximum of 100" },
  ]);
  assert.match(error.message, /^courses\[0\]\.grade\.value: 130/);
  assert.deepEqual(await watch.problems(page), []);
});
