import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./respond";

/** The media type of a Content-Type header, lower-cased and without its parameters (charset…). */
function essence(header: string | undefined): string {
  return (header ?? "").split(";", 1)[0].trim().toLowerCase();
}

/**
 * A GraphQL POST carries JSON: anything else (a form, XML, an image, no type at all) is answered 415 before its
 * body is read, so that a browser's simple cross-site form cannot run an operation either.
 */
export function refuseNonJsonPost(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || essence(req.headers["content-type"]) === "application/json") return false;
  res.setHeader("accept-post", "application/json");
  sendJson(res, 415, {
    errors: [
      {
        message: "Type de contenu non pris en charge : envoyez la requête en JSON (Content-Type: application/json).",
        extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
      },
    ],
  });
  return true;
}
