import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Poppler's pdftotext reads the PDFs back as a person's viewer would; installed from Debian when missing and root. */
export function ensurePdftotext(): void {
  if (hasPdftotext()) return;
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "ignore", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "poppler-utils"], { stdio: "ignore", env });
  }
  if (!hasPdftotext()) throw new Error("The PDF tests need pdftotext: install poppler-utils (Debian/Ubuntu: `sudo apt-get install poppler-utils`).");
}

/** The text of a PDF, in reading order, UTF-8. */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "document.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spaces of every kind, line breaks included, as one plain space: pdftotext renders no-break spaces as plain ones. */
export const flattenSpaces = (text: string): string => text.replace(/[\s\u00A0\u202F]+/g, " ");

/** The text of the PDF's ToUnicode maps: which characters its embedded fonts really typeset. */
export function toUnicodeMaps(bytes: Buffer): string {
  const raw = bytes.toString("latin1");
  const maps: string[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(raw); match; match = start.exec(raw)) {
    const from = match.index + match[0].length;
    const to = raw.indexOf("endstream", from);
    try {
      const content = inflateSync(bytes.subarray(from, to)).toString("latin1");
      if (content.includes("begincmap")) maps.push(content);
    } catch {
      // Not a deflated stream (the embedded font program's own data, for instance).
    }
  }
  return maps.join("\n");
}
