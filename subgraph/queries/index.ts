// The page queries (queries/*.graphql) as sendable documents: each with the fragments it uses,
// and nothing more (GraphQL refuses unused fragments).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));

export const pageNames = [
  "browse",
  "search",
  "listing",
  "seller",
  "cart",
  "orders",
  "sales",
  "order",
  "messages",
  "inbox",
  "credits",
  "coupon",
  "sellerCoupons",
  "dashboard",
  "salesExport",
  "admin",
  "arbitration",
  "sellerListings",
  "sell",
] as const;
export type PageName = (typeof pageNames)[number];

/** Fragment definitions by name, from fragments.graphql. */
function fragments(): Map<string, string> {
  const text = readFileSync(path.join(dir, "fragments.graphql"), "utf8");
  const byName = new Map<string, string>();
  for (const match of text.matchAll(/^fragment (\w+) on \w+ \{[\s\S]*?^\}/gm)) byName.set(match[1]!, match[0]);
  return byName;
}

/** The document of a page: its query and, transitively, the fragments it spreads. */
export function pageQuery(name: PageName): string {
  const query = readFileSync(path.join(dir, `${name}.graphql`), "utf8");
  const known = fragments();
  const used: string[] = [];
  const pending = [query];
  while (pending.length) {
    for (const [, spread] of pending.pop()!.matchAll(/\.\.\.(\w+)/g)) {
      if (used.includes(spread!)) continue;
      const fragment = known.get(spread!);
      if (!fragment) throw new Error(`${name}.graphql spreads an unknown fragment ${spread}`);
      used.push(spread!);
      pending.push(fragment);
    }
  }
  return [query, ...used.map((fragment) => known.get(fragment)!)].join("\n");
}
