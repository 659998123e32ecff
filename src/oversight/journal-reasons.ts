import type { NoticeNotification } from "./rules/notice-actions";

/** What the journal says when a formal notice goes out: the dates at which things will happen by themselves. */
export function noticeNotifiedReason(sent: Pick<NoticeNotification, "justificationDue" | "withdrawalOn" | "suspendedFrom">): string {
  const suspension = sent.suspendedFrom ? ` ; habilitation suspendue à compter du ${sent.suspendedFrom}` : "";
  return `Mise en demeure notifiée : justification écrite attendue jusqu'au ${sent.justificationDue} ; à défaut, retrait le ${sent.withdrawalOn} (CMP-3)${suspension}`;
}
