import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { stopStaleServer } from "./stale-server";
import { supervise } from "./supervisor";

/**
 * A throwaway MariaDB/MySQL server owned by this project: data under `.data/<name>`, loopback only,
 * on a free port. Used when no DATABASE_URL is given.
 */
export interface LocalServer {
  url: string;
  /** The server process's id: a new one after each restart. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

const SERVER_BINARIES = ["mariadbd", "mysqld"];
const SEARCH_DIRS = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/local/mysql/bin"];

function findBinary(names: string[]): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), ...SEARCH_DIRS];
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function installServer(log: (line: string) => void): void {
  log("No MariaDB/MySQL server found: installing Debian's mariadb-server (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "ignore", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "mariadb-server"], { stdio: "ignore", env });
}

export function ensureServerBinary(log: (line: string) => void = console.log): string {
  let binary = findBinary(SERVER_BINARIES);
  if (!binary && isRoot()) {
    installServer(log);
    binary = findBinary(SERVER_BINARIES);
  }
  if (!binary) {
    throw new Error(
      "No MariaDB/MySQL server on this machine. Install one (Debian/Ubuntu: `sudo apt-get install mariadb-server`) " +
        "or set DATABASE_URL=mysql://user:password@host:port/database to use an existing server.",
    );
  }
  return binary;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function initialiseDataDir(binary: string, dataDir: string): void {
  if (existsSync(path.join(dataDir, "mysql"))) return;
  mkdirSync(dataDir, { recursive: true });
  const installDb = findBinary(["mariadb-install-db", "mysql_install_db"]);
  const userArgs = isRoot() ? ["--user=root"] : [];
  if (installDb) {
    execFileSync(
      installDb,
      [`--datadir=${dataDir}`, "--auth-root-authentication-method=socket", "--skip-test-db", ...userArgs],
      { stdio: "ignore" },
    );
  } else {
    execFileSync(binary, ["--initialize-insecure", `--datadir=${dataDir}`, ...userArgs], { stdio: "ignore" });
  }
}

async function waitUntilReady(socketPath: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
      throw new Error(`The local database server exited during start-up (code ${child.exitCode}).\n${tail}`);
    }
    try {
      const connection = await createConnection({ socketPath, user: "root" });
      await connection.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The local database server did not answer within 60 s: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export interface LocalServerOptions {
  /** Folder name under `.data/`. */
  name: string;
  /** Database created for the application. */
  database: string;
  /** Start from an empty data folder. */
  fresh?: boolean;
  rootDir?: string;
  log?: (line: string) => void;
  /** Restart the server, on the same port, whenever it stops unexpectedly. */
  supervise?: boolean;
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const log = options.log ?? console.log;
  const binary = ensureServerBinary(log);
  const baseDir = path.resolve(options.rootDir ?? process.cwd(), ".data", options.name);
  const dataDir = path.join(baseDir, "data");
  const socketPath = path.join(baseDir, "mysqld.sock");
  const pidFile = path.join(baseDir, "mysqld.pid");
  const logFile = path.join(baseDir, "mysqld.log");
  await stopStaleServer(pidFile);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  initialiseDataDir(binary, dataDir);

  const port = await freePort();
  const args = [
    "--no-defaults",
    `--datadir=${dataDir}`,
    `--socket=${socketPath}`,
    `--pid-file=${pidFile}`,
    `--log-error=${logFile}`,
    `--port=${port}`,
    "--bind-address=127.0.0.1",
    "--character-set-server=utf8mb4",
    "--collation-server=utf8mb4_unicode_ci",
    // Durable settings: every commit reaches the disk.
    "--innodb-flush-log-at-trx-commit=1",
    "--sync-binlog=1",
    "--max-connections=500",
    ...(isRoot() ? ["--user=root"] : []),
  ];
  const launch = async () => {
    const child = spawn(binary, args, { stdio: "ignore", detached: false });
    try {
      await waitUntilReady(socketPath, child, logFile);
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
    return child;
  };
  const child = await launch();

  const admin = await createConnection({ socketPath, user: "root" });
  const password = "clea-local";
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${options.database}\``);
  await admin.query(`CREATE USER IF NOT EXISTS 'clea'@'127.0.0.1' IDENTIFIED BY '${password}'`);
  await admin.query(`GRANT ALL PRIVILEGES ON *.* TO 'clea'@'127.0.0.1' WITH GRANT OPTION`);
  await admin.end();
  writeFileSync(path.join(baseDir, "port"), String(port));

  const url = `mysql://clea:${password}@127.0.0.1:${port}/${options.database}`;
  if (options.supervise) {
    const supervisor = supervise(child, { start: launch });
    return { url, pid: () => supervisor.current().pid, stop: () => supervisor.stop() };
  }
  return {
    url,
    pid: () => child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
