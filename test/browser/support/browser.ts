import { mkdirSync } from "node:fs";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { inject } from "vitest";

/** Where the test run keeps its artefacts (git-ignored). */
export const ARTIFACTS_DIR = path.resolve("test-artifacts", "browser");

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    // Root in a container: no user namespace for Chromium's sandbox. No host but loopback resolves.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
    defaultViewport: { width: 1280, height: 900 },
  });
}

export interface WatchedPage {
  page: Page;
  /** Requests to any other origin than the server's, each blocked. */
  outsideRequests: string[];
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/** A page in a fresh browser context (its own storage), where every request to another origin is recorded and blocked. */
export async function openWatchedPage(browser: Browser, origin: string): Promise<WatchedPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) {
      void request.continue();
    } else {
      outsideRequests.push(url);
      void request.abort("blockedbyclient");
    }
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { page, outsideRequests, errors, close: () => context.close() };
}

export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage });
  return file;
}

/** The element's text, white space collapsed (Monaco wraps long lines). */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element.textContent ?? "").replace(/\s+/g, " ").trim());
}

/** Waits until the element's text, without any white space, contains `text` without any white space. */
export async function waitForText(page: Page, selector: string, text: string, timeout = 15_000): Promise<void> {
  const squeezed = text.replace(/\s+/g, "");
  // A string: the test project is compiled without the DOM's types.
  await page.waitForFunction(
    `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? "").replace(/\\s+/g, "").includes(${JSON.stringify(squeezed)})`,
    { timeout },
  );
}
