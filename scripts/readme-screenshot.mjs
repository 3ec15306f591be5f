// Takes the README's screenshot from the release build in dist/: the international ECTS example's
// result, desktop width, the first screen. Run after `trunk build --release`:
//   node scripts/readme-screenshot.mjs
import { launch, serveSite, watchedContext, openApp } from '../tests/e2e/support.mjs';

const site = await serveSite('/');
const browser = await launch();
try {
  const { context } = await watchedContext(browser, site.url, { viewport: { width: 1280, height: 1000 } });
  const page = await openApp(context, site.url);
  await page.getByRole('button', { name: /International student, ECTS/ }).click();
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.screenshot({ path: 'docs/screenshot-result.png' });
  console.log('wrote docs/screenshot-result.png');
} finally {
  await browser.close();
  await site.close();
}
