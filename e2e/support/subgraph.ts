import { expect } from "@playwright/test";

/** What the subgraph holds, read directly (not through the site) to compare a page with. */
export async function subgraphQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(process.env.AGORA_E2E_GRAPHQL_URL!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** How pages name a listing: "#<listing number>", the number being bits 48–95 of its id. */
export const listingNumberLabel = (id: string) => `#${(BigInt(id) >> 48n) & ((1n << 48n) - 1n)}`;
