import "reflect-metadata";
import { createApp } from "./app/server";
import { isWorker, runWorker, startWorkers } from "./app/workers";
import { signToken } from "./common/auth/jwt";
import { SettableClock, systemClock } from "./common/clock";
import { openDatabase } from "./app/database";
import { readConfig } from "./config";
// The process entry is the one file of src/ that loads the seeds: reference data always, demo data outside production.
import { runSeeds } from "../seeds";

async function main() {
  const config = readConfig();
  // Outside production the date can be set (CLOCK_TODAY, PUT /dev/clock), so a whole procedure can be walked.
  const clock = config.production ? systemClock : new SettableClock(config.clockToday);
  if (isWorker()) return runWorker(config, clock);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, localName: "dev-db" });
  const demoAccounts = await runSeeds(database.dataSource, { demo: !config.production, today: clock.today() });
  let app: { stop(): Promise<void> };
  if (config.workers > 1) app = startWorkers(config, database.url);
  else {
    const single = (app = await createApp(database.dataSource, config, clock));
    await new Promise<void>((resolve) => single.http.listen(config.port, resolve));
  }

  console.log(`CléA management API: http://localhost:${config.port}/graphql (health: /health)${config.workers > 1 ? `, ${config.workers} processes` : ""}`);
  console.log(`Database: ${config.databaseUrl ? "DATABASE_URL" : "local server under .data/dev-db"}, migrated and seeded.`);
  if (!config.production) {
    console.log(`Development clock: today is ${clock.today()}${config.clockToday ? " (CLOCK_TODAY)" : ""}; GET or PUT /dev/clock to read or move it.`);
  }
  // Tokens of the demo accounts, on a development server only: one whose secret is the development secret.
  if (!config.production && config.jwtSecretIsDefault) {
    console.log("JWT_SECRET not set: tokens are signed with the development secret. Demo tokens (valid 12 h):");
    for (const user of demoAccounts) {
      console.log(`  ${user.email.padEnd(34)} ${user.role.padEnd(15)} ${await signToken(user.email, config.jwtSecret)}`);
    }
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping…");
    await app.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
