import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/server";
import { signToken } from "../../src/common/auth/jwt";
import { readConfig } from "../../src/config";
import {
  DraftReferentialVersionDocument,
  PublishReferentialVersionDocument,
  SetReferentialWordingDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
} from "../generated/graphql";
import { todayInParis } from "../../src/common/clock";
import { DEMO, startHarness, type Harness } from "../support/harness";
import { ARTIFACTS_DIR, launchChromium, openWatchedPage, saveScreenshot, textOf, waitForText, type WatchedPage } from "./support/browser";

let h: Harness;
let browser: Browser;
let origin: string;
let id: string;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  [h, browser] = await Promise.all([startHarness(), launchChromium()]);
  origin = new URL(h.url).origin;
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

/** A fresh browser session signed in as a demo account, with the keyboard, as a person would. */
async function signIn(email: string, at = "/review"): Promise<Page> {
  const watched = await openWatchedPage(browser, origin);
  opened.push(watched);
  const { page } = watched;
  await page.goto(`${origin}${at}`);
  await page.waitForSelector("select");
  await page.select("select", email);
  await page.focus("select");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".signed-in");
  return page;
}

const row = (code: string) => `tr[data-code="${code}"]`;

describe("the review page of a contextualisation", () => {
  it("CTX-2: the CPNE's reworded item shows beside the base wording, its word-level difference highlighted", async () => {
    const started = await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.propreteStaff });
    expect(started.errors).toBeUndefined();
    id = started.data!.startContextualisation.id;
    const reworded = await h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: "conduire une réunion de chantier ;" }, { email: DEMO.propreteStaff });
    expect(reworded.errors).toBeUndefined();

    const page = await signIn(DEMO.propreteStaff);
    expect(await page.$eval("html", (html) => html.lang)).toBe("fr");
    await page.waitForSelector(`tr[data-id="${id}"]`);
    expect(await textOf(page, `tr[data-id="${id}"]`)).toContain("Brouillon");
    await saveScreenshot(page, "review-list");

    await page.click(`tr[data-id="${id}"] a`);
    await page.waitForSelector(row("2-2.1"));
    expect(await textOf(page, `${row("2-2.1")} td.base`)).toBe("animer une réunion ;");
    expect(await page.$$eval(`${row("2-2.1")} td.base del`, (nodes) => nodes.map((node) => node.textContent?.trim()))).toEqual(["animer"]);
    expect(await page.$$eval(`${row("2-2.1")} td.contextualised ins`, (nodes) => nodes.map((node) => node.textContent?.trim()))).toEqual(["conduire", "de chantier"]);
    expect(await textOf(page, "#domain-title-2")).toMatch(/\(\d+ éléments? modifiés?\)/);
    expect(await page.$$eval("tr.competence .badge.transversal", (nodes) => nodes.length)).toBeGreaterThan(0);

    // The CPNE rewords another item on the page itself.
    await page.click(`${row("2-2.2")} button[aria-label="Modifier le libellé 2-2.2"]`);
    const field = `${row("2-2.2")} textarea`;
    await page.$eval(field, (textarea) => textarea.select());
    await page.type(field, "susciter des solutions et suggestions de l'équipe de chantier ;");
    await page.click(`${row("2-2.2")} button[type=submit]`);
    await waitForText(page, ".notice", "Libellé 2-2.2 enregistré.");
    expect(await page.$$eval(`${row("2-2.2")} td.contextualised ins`, (nodes) => nodes.map((node) => node.textContent?.trim()))).toEqual(["de l'équipe de chantier"]);
    await saveScreenshot(page, "review-draft", true);
    await page.emulateMediaType("print");
    await saveScreenshot(page, "review-print", true);
    await page.pdf({ path: path.join(ARTIFACTS_DIR, "review-print.pdf"), format: "A4" });
    await page.emulateMediaType("screen");

    // The filter keeps the changed items only (with the title of their competence).
    await page.click("text/Éléments modifiés uniquement");
    const shown = await page.$$eval("tr.item:not(.competence)", (rows) => rows.map((tr) => tr.className));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((className) => className.includes("changed"))).toBe(true);
    expect(await page.$(row("2-2.3"))).toBeNull();
    await page.setViewport({ width: 1280, height: 1400 });
    await page.evaluate("window.scrollTo(0, 0)");
    await saveScreenshot(page, "review-changed-only");
  });

  it("CTX-1: the CPNE submits; it cannot approve its own contextualisation", async () => {
    const page = await signIn(DEMO.propreteStaff, `/review/${id}`);
    await page.waitForSelector(row("2-2.1"));
    expect(await page.$("text/Approuver et publier")).toBeNull();
    await page.click("text/Soumettre à Certif Pro");
    await waitForText(page, ".notice", "La contextualisation est soumise à Certif Pro.");
    expect(await textOf(page, ".facts")).toContain("Soumise à Certif Pro");
    expect(await page.$("text/Soumettre à Certif Pro")).toBeNull();
  });

  it("CTX-1: a person of another CPNE sees nothing of it, in the list or by its address", async () => {
    const page = await signIn(DEMO.metallurgieDecider);
    await page.waitForFunction(`!!document.querySelector("table.list") || document.body.textContent.includes("Aucune contextualisation")`);
    expect(await page.$(`tr[data-id="${id}"]`)).toBeNull();
    await page.goto(`${origin}/review/${id}`);
    await page.waitForSelector(".not-found, .error-box");
    expect(await page.$(row("2-2.1"))).toBeNull();
    expect(await page.$("text/animer une réunion")).toBeNull();
    await saveScreenshot(page, "review-other-cpne");
  });

  it("CTX-5: Certif Pro's decision maker sees every CPNE's submissions and approves", async () => {
    const page = await signIn(DEMO.certifProDecider);
    await page.waitForSelector(`tr[data-id="${id}"]`);
    await page.click(`tr[data-id="${id}"] a`);
    await page.waitForSelector("text/Approuver et publier");
    expect(await page.$("text/Motif du rejet")).not.toBeNull();
    await page.click("text/Approuver et publier");
    await waitForText(page, ".notice", "La contextualisation est approuvée et publiée.");
    expect(await textOf(page, ".facts")).toContain("Publiée");
    await saveScreenshot(page, "review-approved");
  });

  it("REF-3: once a new base version is in force, the page lists the base items changed since the pinned one", async () => {
    const version = todayInParis();
    const as = { email: DEMO.certifProDecider };
    expect((await h.run(DraftReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version, effectiveFrom: version }, as)).errors).toBeUndefined();
    const reworded = "adapter sa communication aux situations, aux interlocuteurs et aux canaux";
    expect((await h.run(SetReferentialWordingDocument, { certification: "CLEA_MANAGEMENT", version, target: "2-3.2", text: reworded }, as)).errors).toBeUndefined();
    expect((await h.run(PublishReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version }, as)).errors).toBeUndefined();

    const page = await signIn(DEMO.propreteStaff, `/review/${id}`);
    await page.waitForSelector(".base-changes");
    expect(await textOf(page, ".base-changes h2")).toBe("Le référentiel de base a changé depuis la version 2023-02-14");
    const cells = await page.$$eval(".base-changes tbody tr:first-child > *", (nodes) => nodes.map((node) => node.textContent));
    expect(cells[0]).toBe("2-3.2");
    expect(cells[1]).toBe("Reformulé");
    expect(cells[3]).toBe(reworded);
    await saveScreenshot(page, "review-outdated");
  });

  it("shows the API's refusal as the person needs it: a stale page's submission is refused and said why", async () => {
    const draft = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider });
    const draftId = draft.data!.startContextualisation.id;
    const page = await signIn(DEMO.metallurgieDecider, `/review/${draftId}`);
    await page.waitForSelector("text/Soumettre à Certif Pro");
    // Submitted meanwhile from elsewhere: the page still offers it.
    expect((await h.run(SubmitContextualisationDocument, { contextualisation: draftId }, { email: DEMO.metallurgieDecider })).errors).toBeUndefined();
    await page.click("text/Soumettre à Certif Pro");
    await page.waitForSelector("[role=alert]");
    expect(await textOf(page, "[role=alert]")).toContain("Seul un brouillon (DRAFT) peut être soumis");
    await waitForText(page, ".facts", "Soumise à Certif Pro");
    expect(await page.$("text/Soumettre à Certif Pro")).toBeNull();
    await saveScreenshot(page, "review-refused");
  });

  it("outside development, a pasted bearer token signs in, for this browser session only", async () => {
    const app = await createApp(h.db, { ...readConfig({}), production: true, jwtSecret: h.secret }, h.clock);
    await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
    const productionOrigin = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
    try {
      const watched = await openWatchedPage(browser, productionOrigin);
      opened.push(watched);
      const { page } = watched;
      await page.goto(`${productionOrigin}/review`);
      await page.waitForSelector("textarea");
      expect(await page.$("select")).toBeNull();
      await saveScreenshot(page, "review-sign-in-token");
      await page.type("textarea", `Bearer ${await signToken(DEMO.certifProStaff, h.secret)}`);
      await page.click("button[type=submit]");
      await page.waitForSelector(`tr[data-id="${id}"]`);

      await page.reload();
      await page.waitForSelector(`tr[data-id="${id}"]`);
      const elsewhere = await openWatchedPage(browser, productionOrigin);
      opened.push(elsewhere);
      await elsewhere.page.goto(`${productionOrigin}/review`);
      await elsewhere.page.waitForSelector("textarea");

      await page.click("text/Se déconnecter");
      await page.waitForSelector("textarea");
      expect(await page.evaluate("sessionStorage.length")).toBe(0);
    } finally {
      await app.stop();
    }
  });

  it("loaded nothing from another host, and raised no error", () => {
    expect(opened.flatMap((watched) => watched.outsideRequests)).toEqual([]);
    expect(opened.flatMap((watched) => watched.errors)).toEqual([]);
  });
});
