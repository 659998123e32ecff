import type { BaseItem } from "../../referentials/rules/referential-tree";

export type BaseChangeKind = "CHANGED" | "ADDED" | "REMOVED";
export interface BaseChange {
  code: string;
  kind: BaseChangeKind;
  previousText: string | null;
  currentText: string | null;
}

/** Base items whose wording (or presence) changed between the pinned version and the one in force. */
export function baseChanges(pinned: readonly BaseItem[], current: readonly BaseItem[]): BaseChange[] {
  const before = new Map(pinned.map((item) => [item.code, item]));
  const after = new Map(current.map((item) => [item.code, item]));
  const changes: BaseChange[] = [];
  for (const item of current) {
    const old = before.get(item.code);
    if (!old) changes.push({ code: item.code, kind: "ADDED", previousText: null, currentText: item.text });
    else if (old.text !== item.text) changes.push({ code: item.code, kind: "CHANGED", previousText: old.text, currentText: item.text });
  }
  for (const item of pinned) {
    if (!after.has(item.code)) changes.push({ code: item.code, kind: "REMOVED", previousText: item.text, currentText: null });
  }
  return changes;
}
