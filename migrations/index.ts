import { ReferentialsAndContextualisations1763800000000 } from "./1763800000000-referentials-and-contextualisations";
import { OrganismsAndHabilitations1763900000000 } from "./1763900000000-organisms-and-habilitations";
import { AppendOnlyJournal1764000000000 } from "./1764000000000-append-only-journal";
import { NormalisedUserEmails1764050000000 } from "./1764050000000-normalised-user-emails";
import { HabilitationToTheLetter1764100000000 } from "./1764100000000-habilitation-to-the-letter";
import { Oversight1764200000000 } from "./1764200000000-oversight";
import { EvaluationsAndCertificates1764300000000 } from "./1764300000000-evaluations-and-certificates";

/** Every migration, in order. Listed explicitly so that compiled and test runs load the same set. */
export const migrations = [
  ReferentialsAndContextualisations1763800000000,
  OrganismsAndHabilitations1763900000000,
  AppendOnlyJournal1764000000000,
  NormalisedUserEmails1764050000000,
  HabilitationToTheLetter1764100000000,
  Oversight1764200000000,
  EvaluationsAndCertificates1764300000000,
];
