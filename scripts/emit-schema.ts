import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSdl } from "../src/app/sdl";

const target = path.resolve(__dirname, "../../schema/schema.graphql");
writeFileSync(target, printSdl());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
