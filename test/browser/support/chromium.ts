import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Debian's launcher script is /usr/bin/chromium; the binary it starts is the one driven here.
const CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Debian's Chromium, installed with apt-get when missing and running as root. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  let binary = findChromium();
  if (!binary && process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    log("No Chromium found: installing Debian's chromium (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "ignore", env });
    execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "ignore", env });
    binary = findChromium();
  }
  if (!binary) {
    throw new Error("No Chromium on this machine: install Debian's `chromium` (sudo apt-get install chromium) or set CHROMIUM_PATH.");
  }
  return binary;
}
