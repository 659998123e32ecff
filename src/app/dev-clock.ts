import type { IncomingMessage, ServerResponse } from "node:http";
import { isIsoDate } from "../common/calendar/working-days";
import { type Clock, SettableClock } from "../common/clock";

const MAX_BODY = 1_000;

function answer(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify(body));
  return true;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      raw += chunk;
      if (raw.length > MAX_BODY) {
        req.removeAllListeners("data");
        resolve(undefined);
      }
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(undefined);
      }
    });
    req.on("error", () => resolve(undefined));
  });
}

/**
 * `GET /dev/clock` reads the server's today, `PUT /dev/clock {"today":"YYYY-MM-DD"}` sets it (`null`: the real date),
 * so a whole procedure can be walked over HTTP. Only a settable clock (outside production) answers; otherwise the path
 * does not exist.
 */
export async function serveDevClock(req: IncomingMessage, res: ServerResponse, path: string, clock: Clock, production: boolean): Promise<boolean> {
  if (path !== "/dev/clock" || production || !(clock instanceof SettableClock)) return false;
  if (req.method === "GET") return answer(res, 200, { today: clock.today() });
  if (req.method !== "PUT") {
    res.setHeader("allow", "GET, PUT");
    return answer(res, 405, { error: "Méthode non prise en charge : GET pour lire la date, PUT pour la fixer." });
  }
  if (!(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")) {
    return answer(res, 415, { error: "Envoyez du JSON : Content-Type: application/json, {\"today\":\"AAAA-MM-JJ\"}." });
  }
  const body = (await readJson(req)) as { today?: unknown } | undefined;
  const today = body?.today;
  if (today !== null && !(typeof today === "string" && isIsoDate(today))) {
    return answer(res, 400, { error: "Attendu {\"today\":\"AAAA-MM-JJ\"} (ou null pour revenir à la date réelle)." });
  }
  clock.set(today);
  return answer(res, 200, { today: clock.today() });
}
