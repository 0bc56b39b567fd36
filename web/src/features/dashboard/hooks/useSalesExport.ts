// The CSV export's read: every order of the seller, `SalesExportDocument` page after page (each
// starting after the last order id seen), on demand rather than with the page.
import { useMutation } from "@tanstack/react-query";
import { IndexerError, type IndexerClient } from "../../../lib/indexer/client";
import { SalesExportDocument } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { salesCsv, type ExportOrder } from "../salesCsv";

/** Orders asked for per request (graph-node's largest `first`). */
export const EXPORT_PAGE_SIZE = 1000;

/** Every order `seller` (lowercase) received, in order id order. */
export async function allSellerOrders(
  client: IndexerClient,
  seller: string,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<ExportOrder[]> {
  const orders: ExportOrder[] = [];
  let after = "0";
  for (;;) {
    const page = await client.request(SalesExportDocument, { seller, after, first: pageSize });
    orders.push(...page.orders);
    if (page.orders.length < pageSize) return orders;
    after = page.orders[page.orders.length - 1]!.orderId;
  }
}

/** `mutate()` reads all of the seller's orders and answers them as CSV text (with their count). */
export function useSalesExport(seller: string) {
  const client = useIndexerClient();
  return useMutation<{ csv: string; count: number }, Error>({
    mutationFn: async () => {
      if (!client) throw new IndexerError("unreachable", "No subgraphUrl in config.json");
      const orders = await allSellerOrders(client, seller);
      return { csv: salesCsv(orders), count: orders.length };
    },
  });
}
