// Screenshots of the pages whose styling a CSS change could break, at 390x844 and 1280x800, to compare by eye
// before and after (docs/benchmarks/lighthouse.md): the home page, the vacancy search, a vacancy, sign-in, a
// citizen's profile, an officer's queue and an administrator's list, on a portal with the demo data.
//
//   NODE_PATH=<folder with playwright-core> node eng/bench/lighthouse-screens.mjs http://localhost:5186 OUTPUT_FOLDER
//
// Chromium: MIGRATIONPORTAL_CHROMIUM, else /usr/bin/chromium. Staff sign in with the demo authenticator key
// (README.md, Demo accounts).
import { createRequire } from 'node:module';
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const [base, output] = process.argv.slice(2);
const password = 'Demo-Portal-2026';
const demoKey = 'DEMO2FAMIGRATIONPORTALUZBEKISTAN';

function totp(key) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...key].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  const secret = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const hash = createHmac('sha1', secret).update(counter).digest();
  const offset = hash[hash.length - 1] & 0xf;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

async function signIn(page, login, staff) {
  await page.goto(`${base}/Account/Login`);
  await page.fill('[name="Input.Login"]', login);
  await page.fill('[name="Input.Password"]', password);
  await page.click('form button[type="submit"]');
  if (staff) {
    await page.fill('[name="Input.Code"]', totp(demoKey));
    await page.click('form button[type="submit"]');
  }
  await page.waitForLoadState('load');
}

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
mkdirSync(output, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.MIGRATIONPORTAL_CHROMIUM ?? '/usr/bin/chromium' });
const visitor = await browser.newPage();
await visitor.goto(`${base}/Vacancies`);
const vacancy = await visitor.getAttribute('[data-testid="vacancy-title"]', 'href');
const audiences = [
  { login: null, pages: { home: '/', vacancies: '/Vacancies', vacancy, login: '/Account/Login' } },
  { login: 'dilnoza.xolmatova@demo.migration.uz', pages: { 'citizen-profile': '/Citizen/Profile' } },
  { login: 'officer.samarkand@demo.migration.uz', staff: true, pages: { 'agency-queue': '/Agency/Profiles' } },
  { login: 'admin@demo.migration.uz', staff: true, pages: { 'admin-employers': '/Admin/Employers' } },
];
for (const audience of audiences) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (audience.login) {
    await signIn(page, audience.login, audience.staff);
  }
  for (const [name, path] of Object.entries(audience.pages)) {
    for (const [size, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}${path}`);
      await page.screenshot({ path: `${output}/${name}-${size}.png`, fullPage: true });
    }
  }
  await context.close();
}
await browser.close();
