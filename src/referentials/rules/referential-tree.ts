/** A flat referential item as stored; the tree is rebuilt from `parentCode` and `position`. */
export interface BaseItem {
  code: string;
  kind: "DOMAIN" | "COMPETENCE" | "CRITERION";
  parentCode: string | null;
  position: number;
  text: string;
  shortTitle: string | null;
  criterionKind: "CERTIFICATION" | "ASSOCIATED" | null;
  transversal: boolean;
  criteriaLead: string | null;
}

export interface ItemNode {
  item: BaseItem;
  children: ItemNode[];
}

/** Domains in order, each with its competences and their criteria in order. */
export function buildTree(items: readonly BaseItem[]): ItemNode[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const nodes = new Map<string, ItemNode>();
  for (const item of sorted) nodes.set(item.code, { item, children: [] });
  const roots: ItemNode[] = [];
  for (const item of sorted) {
    const node = nodes.get(item.code)!;
    const parent = item.parentCode ? nodes.get(item.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
