// Drives a real VS Code (code-server) in headless Chromium against the
// packaged extension and a built httpstatus-lsp, and records what a person
// would see: the hover on a 404, the diagnostic on a 299, completion after
// http.Status and the "Explain code..." command. Run by editors_test.go.
//
// Environment:
//   HTTPSTATUS_BIN        the server binary (set as httpstatus.server.path)
//   HTTPSTATUS_VSIX       the packaged extension
//   HTTPSTATUS_WORKSPACE  folder to open; holds main.go with w.WriteHeader(404) and (299)
//   HTTPSTATUS_OUT        output folder: results.json and screenshots (*.png)
//   CHROMIUM              the Chromium executable
//   CODE_SERVER           code-server's entry script (default: the one installed here)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = (name, fallback) => {
  const v = process.env[name] || fallback;
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const bin = env('HTTPSTATUS_BIN');
const vsix = env('HTTPSTATUS_VSIX');
const workspace = env('HTTPSTATUS_WORKSPACE');
const outDir = env('HTTPSTATUS_OUT');
const chromium = env('CHROMIUM');
const codeServer = env('CODE_SERVER', path.join(here, 'node_modules', '.bin', 'code-server'));

fs.mkdirSync(outDir, { recursive: true });
const results = { errors: [], timings: {} };
const t0 = Date.now();
const mark = (name) => { results.timings[name] = Date.now() - t0; };
const log = (...args) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function until(what, fn, timeoutMs, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

// Fresh, private state for this run, so nothing is written to the home folder.
const state = fs.mkdtempSync(path.join(os.tmpdir(), 'httpstatus-code-server-'));
const userData = path.join(state, 'user-data');
const extensions = path.join(state, 'extensions');
const config = path.join(state, 'config.yaml');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensions, { recursive: true });
fs.writeFileSync(config, 'auth: none\ncert: false\n');
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
  'httpstatus.server.path': bin,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.fontSize': 15,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'git.enabled': false,
  'files.autoSave': 'off',
}, null, 2));
const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

let server;
let browser;
try {
  // 1. Install the .vsix the way a user would.
  const inst = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8', timeout: 60000 });
  results.install = { status: inst.status, output: (inst.stdout + inst.stderr).slice(-2000) };
  const installed = fs.readdirSync(extensions).filter((d) => d.includes('httpstatus-lsp'));
  results.installed = installed;
  if (inst.status !== 0 || installed.length === 0) throw new Error(`installing ${vsix} failed:\n${inst.stdout}${inst.stderr}`);
  mark('installed');
  log('installed', installed.join(','));

  // 2. Start code-server on a free loopback port.
  const port = await freePort();
  server = spawn(codeServer, [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    workspace], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HTTPSTATUS_LSP_E2E: '1' } });
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  const base = `http://127.0.0.1:${port}`;
  await until('code-server /healthz', async () => (await fetch(`${base}/healthz`)).ok, 30000);
  mark('server-ready');
  log('code-server up on', port);

  // 3. Open the folder in headless Chromium.
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--window-size=1100,720'],
    defaultViewport: { width: 1100, height: 720 },
  });
  const page = await browser.newPage();
  page.on('pageerror', (err) => log('page error:', err.message));
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  mark('workbench');
  log('workbench loaded');

  // 4. Open main.go from the explorer (Quick Open as a fallback).
  const openFile = async (name) => {
    const row = `.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`;
    try {
      await page.waitForSelector(row, { timeout: 15000 });
      await page.click(row);
    } catch {
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyP');
      await page.keyboard.up('Control');
      await page.keyboard.type(name, { delay: 20 });
      await sleep(500);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(
      () => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('WriteHeader(404')),
      { timeout: 20000 },
    );
  };
  await openFile('main.go');
  mark('file-open');
  log('main.go open');

  // Screen rectangle of the first occurrence of `needle` in the editor's lines.
  const rectOf = (needle, offset, length) => page.evaluate((needle, offset, length) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const text = line.textContent;
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const start = at + offset;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let pos = 0;
      const range = document.createRange();
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        if (!started && start < pos + len) {
          range.setStart(node, start - pos);
          started = true;
        }
        if (started && start + length <= pos + len) {
          range.setEnd(node, start + length - pos);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        pos += len;
      }
    }
    return null;
  }, needle, offset, length);

  const visibleHoverText = () => page.evaluate(() => {
    const hovers = [...document.querySelectorAll('.monaco-hover')].filter((h) => {
      const r = h.getBoundingClientRect();
      return !h.classList.contains('hidden') && r.width > 0 && r.height > 0;
    });
    return hovers.map((h) => h.innerText).join('\n').replace(/\u00a0/g, ' ');
  });

  // Moves the mouse onto a token until a hover containing `want` shows up.
  const hoverOn = async (needle, offset, length, want, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      const r = await rectOf(needle, offset, length);
      if (r) {
        await page.mouse.move(5, 5);
        await sleep(100);
        await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 3 });
        const waitUntil = Date.now() + 2500;
        while (Date.now() < waitUntil) {
          text = await visibleHoverText();
          if (text.includes(want)) return text;
          await sleep(150);
        }
      }
      await sleep(300);
    }
    // Say what was under the mouse, to tell a layout problem from a server one.
    const r = await rectOf(needle, offset, length);
    const under = r && await page.evaluate((x, y) => {
      const el = document.elementFromPoint(x, y);
      return el ? `${el.tagName}.${el.className}: ${el.textContent.slice(0, 60)}` : 'nothing';
    }, r.x + r.width / 2, r.y + r.height / 2);
    const lines = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line')].map((l) => JSON.stringify(l.textContent)).filter((t) => t.includes('Header')));
    log('lines:', lines.join(' | '));
    log(`no hover with ${JSON.stringify(want)} on ${needle}: rect ${JSON.stringify(r)}, under the mouse ${under}`);
    return text;
  };

  // Screenshot of the editor area around a point of interest.
  const shoot = async (name) => {
    // Let the widget's fade-in finish, or the picture shows it half transparent.
    await sleep(800);
    const file = path.join(outDir, name);
    const box = await page.evaluate(() => {
      const el = document.querySelector('.part.editor');
      const r = el.getBoundingClientRect();
      const scrolled = [...document.querySelectorAll('body, .monaco-workbench, .monaco-workbench *')]
        .filter((e) => e.scrollLeft > 0 && e.contains(el) && e !== el)
        .map((e) => `${e.className}:${e.scrollLeft}`);
      return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height, scrolled, sx: window.scrollX };
    });
    const clip = { x: box.x, y: box.y, width: Math.min(box.width, 900), height: Math.min(box.height, 430) };
    await page.screenshot({ path: file, clip, captureBeyondViewport: false });
    log('screenshot', file, JSON.stringify(box));
    return file;
  };

  // 5. Hover on the 404 of w.WriteHeader(404).
  try {
    results.hover = await hoverOn('WriteHeader(404', 'WriteHeader('.length, 3, 'Not Found', 40000);
    mark('hover');
    log('hover:', JSON.stringify(results.hover.slice(0, 120)));
    results.hoverScreenshot = await shoot('vscode-hover.png');
  } catch (err) {
    results.errors.push(`hover: ${err.stack || err}`);
  }

  // 6. The warning on w.WriteHeader(299): a squiggle, and its message on hover.
  try {
    results.squiggle = await until('a warning squiggle', () => page.evaluate(
      () => document.querySelectorAll('.monaco-editor .squiggly-warning').length,
    ), 20000).catch(() => 0);
    results.diagnosticHover = await hoverOn('WriteHeader(299', 'WriteHeader('.length, 3, '299', 20000);
    mark('diagnostics');
    log('diagnostic hover:', JSON.stringify(results.diagnosticHover.slice(0, 120)));
    results.diagnosticsScreenshot = await shoot('vscode-diagnostics.png');
  } catch (err) {
    results.errors.push(`diagnostics: ${err.stack || err}`);
  }

  // 7. Completion after http.Status on a new line.
  try {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const r = await rectOf('WriteHeader(299', 0, 'WriteHeader(299'.length);
    await page.mouse.click(r.x + r.width + 2, r.y + r.height / 2);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('w.WriteHeader(http.Status', { delay: 40 });
    const labels = () => page.evaluate(() => [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')]
      .map((row) => row.getAttribute('aria-label') || row.innerText));
    let seen = [];
    const deadline = Date.now() + 20000;
    let typedMore = false;
    while (Date.now() < deadline) {
      seen = await labels();
      if (seen.some((l) => l.includes('StatusNotFound'))) break;
      if (seen.length === 0) {
        await page.keyboard.down('Control');
        await page.keyboard.press('Space');
        await page.keyboard.up('Control');
      } else if (!typedMore) {
        // Narrow the list so StatusNotFound is among the rows drawn.
        await page.keyboard.type('NotF', { delay: 40 });
        typedMore = true;
      }
      await sleep(700);
    }
    results.completion = seen;
    mark('completion');
    log('completion rows:', seen.length, JSON.stringify(seen.slice(0, 5)));
    results.completionScreenshot = await shoot('vscode-completion.png');
    await page.keyboard.press('Escape');
  } catch (err) {
    results.errors.push(`completion: ${err.stack || err}`);
  }

  // 8. The "HTTP Status: Explain code..." command.
  try {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 10000 });
    await page.keyboard.type('HTTP Status: Explain code', { delay: 20 });
    await sleep(800);
    await page.keyboard.press('Enter');
    await until('the code prompt', () => page.evaluate(() => {
      const w = document.querySelector('.quick-input-widget');
      return w && w.style.display !== 'none' && w.innerText.includes('HTTP status code');
    }), 10000);
    await page.evaluate(() => {
      const input = document.querySelector('.quick-input-widget input');
      input.select();
    });
    await page.keyboard.type('404', { delay: 20 });
    await page.keyboard.press('Enter');
    results.explain = await until('the explanation editor', () => page.evaluate(() => {
      const lines = [...document.querySelectorAll('.monaco-editor .view-lines')]
        .map((v) => v.innerText).filter((t) => !t.includes('WriteHeader'));
      return lines.join('\n');
    }), 15000);
    mark('explain');
    log('explain:', JSON.stringify(results.explain.slice(0, 120)));
  } catch (err) {
    results.errors.push(`explain: ${err.stack || err}`);
  }
  results.serverLog = serverLog.slice(-3000);
} catch (err) {
  results.errors.push(err.stack || String(err));
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.kill('SIGTERM');
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2));
  fs.rmSync(state, { recursive: true, force: true });
  log('done');
}
process.exit(0);
