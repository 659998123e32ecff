import { type Actor, isInstanceMember } from "../../common/auth/actor";

/**
 * An Instance's journal is read by its members (decision makers, staff, providers); Certif Pro's members read every
 * Instance's, as Certif Pro stays fully responsible for the certificate when it delegates (CTX-5).
 */
export function canReadJournal(actor: Actor | null, instanceCode: string): boolean {
  if (!isInstanceMember(actor)) return false;
  return actor.instanceKind === "CERTIFIER" || actor.instanceCode === instanceCode;
}
