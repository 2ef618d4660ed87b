import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
const base = process.argv[2];
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.evaluateOnNewDocument(() => { let c; Object.defineProperty(globalThis,'__STORYBOOK_ADDONS_CHANNEL__',{configurable:true,get:()=>c,set(v){c=v; v.on('storyFinished',(e)=>{globalThis.__f=JSON.parse(JSON.stringify(e));}); }}); });
let t=Date.now();
await page.goto(`${base}/iframe.html?id=speaker-card--dark&viewMode=story`); console.log('goto', Date.now()-t);
await page.waitForFunction(()=>globalThis.__f,{polling:50}); console.log('finished', Date.now()-t);
for (const id of ['speaker-card--from-programme','session-timer--running','elements-seminar-agenda--programme']) {
  t=Date.now();
  await page.evaluate((id)=>{ globalThis.__f=null; globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory',{storyId:id, viewMode:'story'}); }, id);
  await page.waitForFunction((id)=>globalThis.__f && globalThis.__f.storyId===id,{polling:50}, id);
  const f = await page.evaluate(()=>globalThis.__f);
  console.log(id, Date.now()-t, f.status, f.reporters.map(r=>r.type+':'+r.result.violations?.length));
}
await browser.close();
