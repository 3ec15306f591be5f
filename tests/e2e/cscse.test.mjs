// The CSCSE guide: the start-by day of a known deadline and "too late" once it has passed, the ten
// steps' ticks kept with the case, what an applicant who is still studying certifies, the Russian and
// Kazakh items only for a Russian diploma, the links to the guide, and the check of scans picked or
// dropped on this device: real small files built here, each message read, nothing requested while
// checking, a 0-byte and a 200 MB file handled at once, in both languages, with axe at 1280 and 360 px.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  DESKTOP, PHONE, axeViolationsQuick, kept, screenshot, suite,
} from './support.mjs';
import {
  YES, choice, download, heading, openCase as openCaseAt, overflow,
} from './app.mjs';

const { site, watched } = suite('/');

const TITLE = 'Certifying a foreign diploma with CSCSE';
const TODAY = new Date('2026-12-01T09:00:00Z');

/** A page of the app whose clock reads `TODAY`. */
async function openAt(context, hash = '') {
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${site.url}${hash}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.locator('main h1').waitFor();
  return page;
}

/** Opens a case file in the app, then the page of `hash`. */
const openCase = (page, content, hash) => openCaseAt(page, site.url, content, hash);

const international = () => {
  const c = JSON.parse(readFileSync('examples/international-ects.json', 'utf8'));
  // Closes one month before: 2027-02-01, a Monday (A9.3.3, P4).
  c.plan = { semester_start: '2027-03-01', archival_certificate_days: 21 };
  return c;
};

// ------------------------------------------------------------------------------------------------
// Files as a scanner, a phone or a word processor writes them: just their first bytes, padded to size.

function segment(marker, data) {
  const len = data.length + 2;
  return Buffer.concat([Buffer.from([0xff, marker, len >> 8, len & 0xff]), data]);
}

/** A baseline JPEG of `width` x `height`, with an EXIF orientation (little-endian) when given. */
function jpeg(width, height, orientation) {
  const parts = [Buffer.from([0xff, 0xd8])];
  if (orientation) {
    const tiff = Buffer.alloc(26);
    tiff.write('II', 0, 'latin1');
    tiff.writeUInt16LE(42, 2);
    tiff.writeUInt32LE(8, 4);
    tiff.writeUInt16LE(1, 8);
    tiff.writeUInt16LE(0x0112, 10);
    tiff.writeUInt16LE(3, 12);
    tiff.writeUInt32LE(1, 14);
    tiff.writeUInt16LE(orientation, 18);
    parts.push(segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])));
  }
  parts.push(segment(0xdb, Buffer.alloc(65)));
  parts.push(segment(0xc0, Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0])));
  parts.push(segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])));
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

const pdf = () => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n', 'latin1');
const heic = () => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
const docx = () => Buffer.concat([
  Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(18),
  Buffer.from('[Content_Types].xml', 'latin1'), Buffer.alloc(200, 0x55),
  Buffer.from('PK\x03\x04word/document.xml', 'latin1'),
]);
const padded = (head, size) => Buffer.concat([head, Buffer.alloc(size - head.length)]);

/** The slot of a scan, by its heading. */
const slot = (page, name) => page.getByRole('group', { name, exact: true });

/** Picks a file for a scan through its file input, and returns the slot's result text once checked. */
async function pick(page, scan, name, buffer, mimeType = 'application/octet-stream') {
  const s = slot(page, scan);
  await s.getByLabel(/^(Choose a file|选择文件)/).setInputFiles({ name, mimeType, buffer });
  const result = s.locator('.scan__result');
  await result.locator('.scan__verdict').waitFor();
  return (await result.innerText()).replace(/\s+/g, ' ').trim();
}

// ------------------------------------------------------------------------------------------------

test('the start-by day of a known deadline, "too late" once it passed, and the links to the guide', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openAt(context);
  await openCase(page, international(), '#/result');
  await page.getByRole('link', { name: 'Guide to CSCSE diploma certification' }).click();
  await heading(page, TITLE);
  const start = page.locator('.cscse-start');
  // 2027-02-01 less 30 days of processing and 21 of mail (P9).
  assert.equal(
    (await start.innerText()).replace(/\s+/g, ' ').trim().replace(/ How this tool reads it P9$/, ''),
    'Start by 2026-12-12: your materials are due on 2027-02-01, the certification takes about 30 days, and you allow 21 days for the archival certificate by mail. That is 11 days from today.',
  );
  // 2027 has no holiday notice in the data: the day it counts back from is estimated, said once.
  assert.equal(await page.getByText(/^This date counts back from the window's last day, which is estimated/).count(), 1);
  // The service item is shown in Chinese, marked as Chinese for screen readers.
  assert.equal(await page.locator('.service-item[lang="zh-CN"]').first().innerText(), '国境外学历学位认证');
  // The fee and time are the published procedure's, with where to confirm them.
  await page.getByText('According to the published procedure, the fee is 360 yuan, paid by WeChat Pay or Alipay, and the certification takes about 30 days').waitFor();
  await page.getByText('These figures were taken from a published guide to the procedure on 2026-12-01.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'www.cscse.edu.cn' }).getAttribute('href'), 'https://www.cscse.edu.cn');

  // More days for the mail: the day has passed.
  const mail = page.getByLabel('Days the archival certificate takes to arrive by mail');
  await mail.fill('40');
  await mail.blur();
  await page.getByText('Too late to be sure: the last day to start was 2026-11-23.', { exact: false }).waitFor();
  const late = page.locator('.cscse-start');
  await late.getByText('international cooperation office', { exact: false }).waitFor();
  await late.getByText('another body that A4.4.2.a accepts', { exact: false }).waitFor();
  // A wrong answer keeps its text and says what is wrong with it.
  await mail.fill('forty');
  await mail.blur();
  assert.equal(await mail.inputValue(), 'forty');
  assert.match(await mail.evaluate((el) => el.getAttribute('aria-invalid')), /true/);

  // The guide from the timeline and from the checklist's authentication report.
  await mail.fill('21');
  await mail.blur();
  await page.goto(`${site.url}#/timeline`);
  await page.locator('main').getByRole('link', { name: 'Guide to CSCSE diploma certification' }).waitFor();
  await page.goto(`${site.url}#/documents`);
  const report = page.locator('.document').filter({ hasText: 'Academic authentication report' });
  await report.getByRole('link', { name: 'Guide to CSCSE diploma certification' }).click();
  await heading(page, TITLE);
  assert.deepEqual(await watch.problems(page), []);
});

test('the ten steps are ticked and kept with the case; the Russian levels show only for a Russian diploma', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openAt(context);
  // Straight from the start page, with no answers.
  await page.getByRole('link', { name: 'Guide to CSCSE diploma certification' }).click();
  await heading(page, TITLE);
  await page.getByText('Your start-by day appears here once your answers say you apply as an international student.').waitFor();
  assert.equal(await page.getByRole('table').count(), 0, 'no degree table before the question is answered');

  const steps = page.locator('.cscse-steps > li');
  assert.equal(await steps.count(), 10);
  await page.getByRole('checkbox', { name: '1. Ask your university for an archival certificate' }).check();
  await page.getByRole('checkbox', { name: '5. Choose the service' }).check();
  await page.getByText('2 of 10 steps done.').waitFor();
  assert.match(await steps.nth(4).innerText(), /国境外学历学位认证/);

  await choice(page, 'Is your diploma from the Russian Federation, or will it be?', YES).check();
  const table = page.getByRole('table');
  await table.waitFor();
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 4);
  assert.match(rows[0], /^Bachelor\s+Professional activity only\.$/);
  assert.match(rows[2], /^Specialist .*Work, and postgraduate study\. Treated as equal to a master's degree: CSCSE's certificate equates a specialist to a master\.$/);
  assert.doesNotMatch(rows[3], /equal to a master/);

  // The ticks and the answer survive a reload and go into the downloaded case file.
  await page.reload();
  await heading(page, TITLE);
  assert.equal(await page.getByRole('checkbox', { name: '5. Choose the service' }).isChecked(), true);
  await page.getByRole('table').waitFor();
  await page.goto(`${site.url}#/result`);
  const file = await download(page, page.getByRole('button', { name: 'Download the case file' }));
  const saved = JSON.parse(file.text);
  assert.deepEqual(saved.plan.cscse_done, ['archival_certificate', 'choose_service']);
  assert.equal(saved.plan.russian_diploma, true);
  // Unticking removes the step.
  await page.goto(`${site.url}#/cscse`);
  await page.getByRole('checkbox', { name: '5. Choose the service' }).uncheck();
  await page.getByText('1 of 10 steps done.').waitFor();
  assert.deepEqual(await watch.problems(page), []);
});

test('scans picked on this device: each message, and no request while checking', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openAt(context, '#/cscse');
  await heading(page, TITLE);
  await page.getByText('Your files never leave this device', { exact: false }).waitFor();
  await kept(page);
  const before = watch.requests.length;

  // A portrait photo turned by its EXIF tag, narrower than 300 pixels as displayed.
  let text = await pick(page, 'Passport photo', 'photo.jpg', jpeg(400, 299, 6), 'image/jpeg');
  assert.equal(text, 'photo.jpg: check this before you upload it. Size: 201 bytes, within the limit of 1 MB (1,000,000 bytes). Type: a JPEG image, which the upload takes. Only 299 x 400 pixels as the photo is shown (turned by its orientation tag): at fewer than 300 pixels on its shorter side, small print may not be legible. Scan it again at 150 dpi or more.'.replace('201', String(jpeg(400, 299, 6).length)));
  // A good photo replaces the message.
  text = await pick(page, 'Passport photo', 'photo.jpg', jpeg(600, 800), 'image/jpeg');
  assert.match(text, /^photo\.jpg: ready to upload\. .*Image size: 600 x 800 pixels\.$/);
  // An iPhone photo.
  text = await pick(page, 'Passport photo', 'IMG_0001.HEIC', heic(), 'image/heic');
  assert.match(text, /^IMG_0001\.HEIC: the upload will refuse it\. /);
  assert.match(text, /This is an HEIC photo \(the format iPhones and many Android phones save in\), which the upload does not take\. Convert it to JPEG/);
  // The same photo named .jpg gets the one advice that gets it accepted, not also a rename.
  text = await pick(page, 'Passport photo', 'IMG_0003.jpg', heic(), 'image/jpeg');
  assert.match(text, /Convert it to JPEG/);
  assert.doesNotMatch(text, /Rename it/);

  // A PDF renamed .jpg, one byte over 1,000,000: warned twice, not passed.
  text = await pick(page, 'Signed consent to the processing of personal data', 'consent.jpg', padded(pdf(), 1_000_001), 'image/jpeg');
  assert.equal(text, 'consent.jpg: check this before you upload it. Close to the limit: 1,000,001 bytes is over 1 MB counted as 1,000,000 bytes, though not as 1,048,576 bytes. Make it smaller than 1,000,000 bytes to be safe. Type: a PDF document, which the upload takes. Its name ends in .jpg, but it is a PDF document. Rename it to end in .pdf so that the site reads it correctly.');
  // At exactly the limit it passes.
  text = await pick(page, 'Signed consent to the processing of personal data', 'consent.pdf', padded(pdf(), 1_000_000), 'application/pdf');
  assert.match(text, /^consent\.pdf: ready to upload\. Size: 1,000,000 bytes, within the limit of 1 MB/);
  // Over 1,048,576 it is too large.
  text = await pick(page, 'Signed consent to the processing of personal data', 'consent.pdf', padded(pdf(), 1_048_577), 'application/pdf');
  assert.match(text, /^consent\.pdf: the upload will refuse it\. Too large: 1,048,577 bytes, and the limit is 1 MB\./);

  // A Word file named .pdf as the diploma.
  text = await pick(page, 'Diploma', 'diploma.pdf', docx(), 'application/pdf');
  assert.match(text, /This is a Word document, which the upload does not take\. This is not a scan\./);
  // Renaming it would not get it accepted: converting it is the one advice.
  assert.doesNotMatch(text, /Rename it/);
  // An empty file.
  text = await pick(page, 'First page of your current passport', 'passport.jpg', Buffer.alloc(0), 'image/jpeg');
  assert.equal(text, 'passport.jpg: the upload will refuse it. This file is empty (0 bytes): nothing was saved into it. Save or export the scan again and pick the new file.');

  assert.equal(watch.requests.length, before, `no request while checking: ${watch.requests.slice(before).map((r) => r.url)}`);
  assert.deepEqual(await axeViolationsQuick(page), []);
  await screenshot(page, 'cscse-scans-desktop');
  await page.setViewportSize(PHONE);
  assert.equal(await overflow(page), 0);
  await screenshot(page, 'cscse-scans-phone');
  assert.deepEqual(await watch.problems(page), []);
});

test('a 200 MB file dropped on the area is checked at once, and a second drop of two files asks for one', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openAt(context, '#/cscse');
  await heading(page, TITLE);
  await kept(page);
  const before = watch.requests.length;
  const drop = async (scan, files) => {
    const zone = slot(page, scan).locator('.drop-zone');
    const transfer = await page.evaluateHandle((list) => {
      const t = new DataTransfer();
      for (const { name, head, size } of list) {
        const bytes = new TextEncoder().encode(head);
        // A sparse-looking 200 MB blob: the page must read only its first bytes.
        t.items.add(new File([bytes, new Uint8Array(size - bytes.length)], name));
      }
      return t;
    }, files);
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    assert.match(await zone.getAttribute('class'), /drop-zone--over/);
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await slot(page, scan).locator('.scan__verdict').waitFor();
    return (await slot(page, scan).locator('.scan__result').innerText()).replace(/\s+/g, ' ').trim();
  };
  const started = Date.now();
  let text = await drop('Diploma', [{ name: 'diploma.pdf', head: '%PDF-1.4\n', size: 200_000_000 }]);
  assert.match(text, /^diploma\.pdf: the upload will refuse it\. Too large: 200,000,000 bytes, and the limit is 5 MB\./);
  // The page still answers: a tick box reacts.
  await page.getByRole('checkbox', { name: '9. Pay' }).check();
  assert.ok(Date.now() - started < 30_000);
  text = await drop('Documents of a change of name, surname or citizenship', [
    { name: 'marriage.pdf', head: '%PDF-1.4\n', size: 5000 },
    { name: 'other.pdf', head: '%PDF-1.4\n', size: 5000 },
  ]);
  assert.match(text, /^Drop one file at a time\. marriage\.pdf: ready to upload\. Size: 5,000 bytes\. The published procedure gives no limit for this scan\./);
  assert.equal(watch.requests.length, before);
  // A file dropped beside the areas is not opened in place of the app: the page cancels the drop.
  const cancelled = await page.evaluate(() => ['dragover', 'drop'].map((type) => {
    const t = new DataTransfer();
    t.items.add(new File(['%PDF-1.4'], 'stray.pdf'));
    return !document.querySelector('main h1').dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: t }),
    );
  }));
  assert.deepEqual(cancelled, [true, true]);
  assert.deepEqual(await watch.problems(page), []);
});

/** The guide's words as they read on the page, on one line. */
const words = async (page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

test('the guide follows the case: what to certify before graduation, and the Russian and Kazakh items only for a Russian diploma, in both languages', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openAt(context);
  // A visitor with no answers may hold a diploma: the published procedure, and a word for who is studying.
  await page.getByRole('link', { name: 'Guide to CSCSE diploma certification' }).click();
  await heading(page, TITLE);
  let text = await words(page);
  assert.match(text, /The original diploma; the supplement is optional\./);
  assert.match(text, /Still studying\? Then you have no diploma yet/);

  // A semester-3 international applicant is still studying: nothing asks for a diploma they cannot have.
  await page.goto(site.url);
  await page.locator('main h1').waitFor();
  await openCase(page, international(), '#/cscse');
  await heading(page, TITLE);
  text = await words(page);
  assert.doesNotMatch(text, /original diploma/i);
  assert.doesNotMatch(text, /stating that you graduated/i);
  const studies = page.locator('.cscse-studies');
  assert.match(
    (await studies.innerText()).replace(/\s+/g, ' '),
    /^You are still studying at your original institution, so you have no diploma from it yet.* Before graduation, ask the receiving university's international cooperation office which authenticated report the Measures accept for studies in progress/,
  );
  assert.equal(await studies.locator('.cite').innerText(), 'A4.4.2');
  assert.match(text, /If that passport is lost: an archival certificate from your university stating that you study there\./);
  // Nothing Russian before the diploma is said to be Russian.
  assert.doesNotMatch(text, /series/i);
  assert.doesNotMatch(text, /Kazakhstan/);
  assert.equal(await page.getByRole('table').count(), 0);

  const russian = 'Is your diploma from the Russian Federation, or will it be?';
  await choice(page, russian, YES).check();
  await page.getByRole('table').waitFor();
  text = await words(page);
  assert.match(text, /identity document \(passport\) with its series, if it has one, and its number/);
  assert.match(text, /Citizens of Kazakhstan have a simplified procedure/);
  assert.doesNotMatch(text, /original diploma/i);

  // The same in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await heading(page, '通过中国留学服务中心认证境外学历');
  text = await words(page);
  assert.doesNotMatch(text, /学历证书原件/);
  assert.doesNotMatch(text, /证明您在该校毕业/);
  assert.match((await studies.innerText()).replace(/\s+/g, ''), /^您仍在原学校就读，尚未获得该校的学历证书.*毕业之前，请先询问拟转入学校的国际合作部门/);
  assert.equal(await studies.locator('.cite').innerText(), 'A4.4.2');
  assert.match(text, /证明您在该校就读的档案证明/);
  assert.match(text, /系列号/);
  assert.match(text, /哈萨克斯坦/);
  await choice(page, '您的学历证书是否由（或将由）俄罗斯联邦颁发？', '否').check();
  await page.getByRole('table').waitFor({ state: 'detached' });
  text = await words(page);
  assert.doesNotMatch(text, /系列号/);
  assert.doesNotMatch(text, /哈萨克斯坦/);
  assert.deepEqual(await watch.problems(page), []);
});

test('the guide in Chinese, at 1280 and 360 px', async (t) => {
  const { context, watch } = await watched(t);
  const page = await openAt(context);
  await openCase(page, international(), '#/cscse');
  await page.getByRole('button', { name: '简体中文' }).click();
  await heading(page, '通过中国留学服务中心认证境外学历');
  await page.getByText('请最晚于 2026-12-12 开始：您的材料须于 2027-02-01 前提交，认证约需 30 天，另留 21 天邮寄档案证明。', { exact: false }).waitFor();
  await page.getByText('距今天还有 11 天。').waitFor();
  let text = await pick(page, '护照照片', 'IMG_0002.heic', heic(), 'image/heic');
  assert.match(text, /^IMG_0002\.heic：上传时会被拒绝。/);
  assert.match(text, /苹果手机/);
  text = await pick(page, '所认证的文件', 'diploma.jpg', padded(pdf(), 5_100_000), 'image/jpeg');
  assert.match(text, /接近上限：5,100,000 字节/);
  assert.match(text, /文件名以 \.jpg 结尾，但它实际是PDF 文档/);
  await choice(page, '您的学历证书是否由（或将由）俄罗斯联邦颁发？', '是').check();
  await page.getByRole('table').getByText('视同硕士学位', { exact: false }).first().waitFor();
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    assert.equal(await overflow(page), 0, `no sideways scrolling at ${size.width} px`);
    assert.deepEqual(await axeViolationsQuick(page), []);
    await screenshot(page, `cscse-zh-${size.width}`);
  }
  assert.deepEqual(await watch.problems(page), []);
});
