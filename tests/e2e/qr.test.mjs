// The share link handed over as a QR code drawn on the device: an independent decoder (jsQR) reads the
// exact link back from a screenshot of it; a dense code says how to read it, and a case too large for
// any code says what to do instead.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP, PHONE, axeViolationsQuick, openApp, suite } from './support.mjs';
import { heading, openCase, overflow, readExample } from './app.mjs';

const { site, watched } = suite('/');

/** The text of the QR code in a PNG screenshot, read by jsQR in a blank page (no app, no CSP). */
async function decode(context, png) {
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  const text = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const pixels = g.getImageData(0, 0, image.width, image.height);
    return globalThis.jsQR(pixels.data, image.width, image.height)?.data ?? null;
  }, png.toString('base64'));
  await page.close();
  return text;
}

/** A case of a few answers: a short link, a code any phone reads. */
function shortCase() {
  const c = readExample('mainland-undergraduate');
  c.courses = c.courses.slice(0, 1);
  return c;
}

for (const [viewport, lang, name, c, dense] of [
  [DESKTOP, 'en', 'a short case', shortCase(), false],
  [PHONE, 'zh', 'a short case', shortCase(), false],
  [DESKTOP, 'en', "the master's example", readExample('masters'), true],
]) {
  test(`the share link's QR code reads back as the exact link: ${name} (${viewport.width} px, ${lang})`, async (t) => {
    const { context, watch } = await watched(t, { viewport });
    const page = await openApp(context, site.url);
    await openCase(page, site.url, c, '#/result');
    await heading(page, 'Your result');
    if (lang === 'zh') await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await page.locator('button', { hasText: lang === 'zh' ? '生成分享链接' : 'Create a share link' }).click();
    const link = await page.locator('#share-link').inputValue();
    const code = page.getByRole('img', { name: lang === 'zh' ? '分享链接的二维码' : 'QR code of the share link' });
    await code.waitFor();
    const caption = await page.locator('.share-code figcaption').innerText();
    assert.ok(caption.includes(String(link.length)), `${caption} names the link's length, ${link.length}`);
    assert.equal(await page.getByText(/^This code is dense/).count(), dense ? 1 : 0, `${link.length} characters`);
    const text = await decode(context, await code.screenshot());
    assert.equal(text, link);
    assert.equal(await overflow(page), 0, 'no sideways scroll');
    assert.deepEqual(await axeViolationsQuick(page), []);
    assert.deepEqual(await watch.problems(page), []);
  });
}

test('a case too large for any code says to download the file instead', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openApp(context, site.url);
  const c = readExample('mainland-undergraduate');
  // Titles that do not compress away: a link far beyond what one code holds.
  c.courses = Array.from({ length: 150 }, (_, i) => ({
    ...structuredClone(readExample('mainland-undergraduate').courses[0]),
    title: `Course ${i} ${(i * 7919).toString(36)}${(i * 104729 + 13).toString(36)}q${(i * 31337).toString(36)}`,
  }));
  await openCase(page, site.url, c, '#/result');
  await heading(page, 'Your result');
  await page.getByRole('button', { name: 'Create a share link', exact: true }).click();
  const link = await page.locator('#share-link').inputValue();
  assert.ok(link.length > 2953, `a long link: ${link.length}`);
  await page.getByText(`This case's link is ${link.length} characters long: too long for a QR code. Download the case file instead, and open it on the other device.`).waitFor();
  assert.equal(await page.getByRole('img', { name: 'QR code of the share link' }).count(), 0);
  assert.deepEqual(await watch.problems(page), []);
});
