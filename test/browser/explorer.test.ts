import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startHarness, type Harness } from "../support/harness";
import { launchChromium, openWatchedPage, saveScreenshot, textOf, waitForText } from "./support/browser";

let h: Harness;
let browser: Browser;
let origin: string;
beforeAll(async () => {
  [h, browser] = await Promise.all([startHarness(), launchChromium()]);
  origin = new URL(h.url).origin;
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe("the API explorer on GET /graphql", () => {
  it("loads every asset from this server, none from elsewhere, and runs a query as a demo account", async () => {
    const { page, outsideRequests, errors, close } = await openWatchedPage(browser, origin);
    try {
      const response = await page.goto(h.url, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-security-policy"]).toContain("connect-src 'self'");
      expect(await page.$eval("html", (html) => html.lang)).toBe("fr");
      await page.waitForSelector(".graphiql-container .graphiql-query-editor .monaco-editor", { timeout: 20_000 });

      // The demo panel is open: choose an account, then an example.
      await page.locator(`button ::-p-text(${DEMO.propreteStaff})`).click();
      await page.locator("button ::-p-text(Qui suis-je ?)").click();
      await page.locator(".graphiql-execute-button").click();
      await waitForText(page, ".graphiql-response", DEMO.propreteStaff);
      const responseText = (await textOf(page, ".graphiql-response")).replace(/\s+/g, "");
      expect(responseText).toContain('"role":"STAFF"');
      expect(responseText).toContain('"code":"CPNE_PROPRETE"');
      await saveScreenshot(page, "explorer");

      expect(outsideRequests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
