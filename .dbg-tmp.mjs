import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('response', (r) => { if (r.status() >= 400) console.log('status', r.status(), r.url()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://localhost:6111/iframe.html?id=session-timer--running&viewMode=story`, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 3000));
console.log(await page.evaluate(() => document.querySelector('#storybook-root')?.innerHTML.slice(0, 800)));
await browser.close();
