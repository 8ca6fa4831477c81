import { mkdir } from 'node:fs/promises';
import { everyPage, launchBrowser, signInAs, startSystem } from './harness';

/** `npm run screenshots`: every page at phone (390×844) and desktop (1280×900) widths, into docs/screenshots/. */
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const out = new URL('../../docs/screenshots/', import.meta.url);

const system = await startSystem();
const { browser, close } = await launchBrowser();
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  const pages = await everyPage(page, system.runtime);
  // The pictures show a first visit: no "already sent" notice from the applications made above.
  await page.evaluate(() =>
    (globalThis as unknown as { sessionStorage: { clear(): void } }).sessionStorage.clear(),
  );
  for (const [size, viewport] of Object.entries(widths)) {
    await page.setViewportSize(viewport);
    for (const target of pages) {
      if (target.as) await signInAs(browser, system.runtime, target.as);
      await page.goto(target.url);
      if (target.ready) await page.waitForSelector(target.ready);
      const file = new URL(`${target.name}-${size}.png`, out);
      await page.screenshot({ path: file.pathname, fullPage: true });
      process.stdout.write(`${file.pathname}\n`);
    }
  }
} finally {
  await close();
  await system.stop();
}
