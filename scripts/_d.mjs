import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const site = await startServer({ root: '/tmp/dist-exp', base: '/', brotli: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const readies=[];
for (let run = 0; run < 4; run++) {
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
let t0 = null; const log=[];
cdp.on('Network.requestWillBeSent', e => { t0 ??= e.timestamp; log.push(['req', ((e.timestamp - t0)*1000).toFixed(0), e.request.url.split('/').pop().slice(0,20)]); });
cdp.on('Network.loadingFinished', e => log.push(['fin', ((e.timestamp - t0)*1000).toFixed(0), e.requestId]));
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  new MutationObserver((_, o) => { if (document.documentElement?.hasAttribute('data-ready')) { window.__ready = performance.now(); o.disconnect(); } })
    .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
});
await page.goto(site.url, { waitUntil: 'load' });
await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120000 });
const r = await page.evaluate(() => [window.__ready, performance.getEntriesByName('first-contentful-paint')[0]?.startTime]);
console.log(run, r.map(Math.round), log.map(x=>x.join(' ')).join(' | '));
await context.close();
}
await browser.close(); await site.close();
