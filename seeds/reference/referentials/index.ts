import { clea } from "./clea";
import { cleaManagement202110 } from "./clea-management-2021-10";
import { cleaManagement20230214 } from "./clea-management-2023-02-14";
import { cleaNumerique } from "./clea-numerique";
import type { ReferentialSeed } from "./types";

export { clea, cleaManagement202110, cleaManagement20230214, cleaNumerique };

export const referentialSeeds: ReferentialSeed[] = [
  clea,
  cleaNumerique,
  cleaManagement202110,
  cleaManagement20230214,
];
