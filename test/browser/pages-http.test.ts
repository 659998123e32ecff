import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/server";
import { readConfig } from "../../src/config";
import type { ExplorerConfig, ReviewConfig } from "../../src/pages/page-config";
import { DEMO, startHarness, type Harness } from "../support/harness";

let h: Harness;
const started: App[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const app of started) await app.stop();
  await h?.close();
});

/** The same API in production, on the harness's database. */
async function productionOrigin(env: { EXPLORER?: string } = {}): Promise<string> {
  const config = { ...readConfig(env), production: true, jwtSecret: h.secret };
  const app = await createApp(h.db, config, h.clock);
  started.push(app);
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
}

const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

async function pageConfig<T>(response: Response): Promise<T> {
  const html = await response.text();
  const json = /<script type="application\/json" id="page-config">(.*?)<\/script>/s.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!) as T;
}

describe("the pages over HTTP", () => {
  it("in development, the explorer offers the active users of the database, each with a working token", async () => {
    const response = await fetch(h.url, { headers: asBrowser });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const config = await pageConfig<ExplorerConfig>(response);
    const decider = config.demoAccounts.find((account) => account.email === DEMO.certifProDecider);
    expect(decider).toMatchObject({ role: "DECISION_MAKER", instanceCode: "CERTIF_PRO" });
    const me = await h.run("{ me { email } }", undefined, { token: decider!.token });
    expect(me.data).toEqual({ me: { email: DEMO.certifProDecider } });
    expect(config.examples.length).toBeGreaterThan(0);
  });

  it("a GraphQL GET that asks for JSON is still the API's", async () => {
    const query = encodeURIComponent("{ certifications { code } }");
    const response = await fetch(`${h.url}?query=${query}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { certifications: expect.arrayContaining([{ code: "CLEA_MANAGEMENT" }]) } });
  });

  it("in production, the explorer is off unless EXPLORER=on, and then without demo accounts", async () => {
    const off = await productionOrigin();
    const refused = await fetch(`${off}/graphql`, { headers: asBrowser });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain("EXPLORER");

    const on = await productionOrigin({ EXPLORER: "on" });
    const explorer = await fetch(`${on}/graphql`, { headers: asBrowser });
    expect(explorer.status).toBe(200);
    expect((await pageConfig<ExplorerConfig>(explorer)).demoAccounts).toEqual([]);
  });

  it("in production, the review page has no demo accounts: sign-in is a pasted token", async () => {
    const origin = await productionOrigin();
    const response = await fetch(`${origin}/review/1`, { headers: asBrowser });
    expect(response.status).toBe(200);
    expect(await pageConfig<ReviewConfig>(response)).toEqual({ endpoint: "/graphql", demoAccounts: [] });
  });

  it("serves the built assets by exact name only, with revalidation", async () => {
    const origin = new URL(h.url).origin;
    const script = await fetch(`${origin}/pages/review.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const again = await fetch(`${origin}/pages/review.js`, { headers: { "if-none-match": script.headers.get("etag")! } });
    expect(again.status).toBe(304);
    for (const name of ["%2e%2e%2fpackage.json", "..%2F..%2Fpackage.json", "missing.js", ".hidden.js"]) {
      expect((await fetch(`${origin}/pages/${name}`)).status).toBe(404);
    }
  });
});
