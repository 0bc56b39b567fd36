// The arbiter's page read: one query (`ArbitrationDocument`) for the account as an arbiter and its
// disputes (open ones soonest deadline first, closed ones newest first, or one case), under
// `indexerKeys.arbitration` (beneath the orders' root: a ruling's write refreshes it).
import { useQuery } from "@tanstack/react-query";
import { noteChainTime } from "../../../lib/chain/chainClock";
import { IndexerError } from "../../../lib/indexer/client";
import {
  ArbitrationDocument,
  type ArbitrationQuery,
  type ArbitrationQueryVariables,
} from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type Arbiter = NonNullable<ArbitrationQuery["arbiter"]>;
export type ArbiterCase = ArbitrationQuery["disputes"][number];
export type CaseOrder = ArbiterCase["order"];

/** Which disputes: the open ones, the closed ones (ruled or expired), or one case by order id. */
export type CaseSelection = { view: "open" | "closed" } | { order: string };

export const CASES_PAGE_SIZE = 20;

export interface ArbitrationRead {
  /** Null when the account never was an arbiter. */
  arbiter: Arbiter | null;
  cases: ArbiterCase[];
  /** Another page follows. */
  hasMore: boolean;
}

/** The query's variables for `account` (lowercase), the selection and page `page` (from 1). */
export function arbitrationVariables(account: string, selection: CaseSelection, page = 1): ArbitrationQueryVariables {
  const arbiter = account.toLowerCase();
  if ("order" in selection) return { arbiter, where: { arbiter, id: selection.order.toLowerCase() }, first: 1 };
  const skip = (Math.max(1, page) - 1) * CASES_PAGE_SIZE;
  return selection.view === "open"
    ? {
        arbiter,
        where: { arbiter, status: "Open" },
        orderBy: "rulingDeadline",
        orderDirection: "asc",
        first: CASES_PAGE_SIZE + 1,
        skip,
      }
    : {
        arbiter,
        where: { arbiter, status_in: ["Ruled", "Expired"] },
        orderBy: "closedAt",
        orderDirection: "desc",
        first: CASES_PAGE_SIZE + 1,
        skip,
      };
}

export function selectArbitration(data: ArbitrationQuery): ArbitrationRead {
  return {
    arbiter: data.arbiter,
    cases: data.disputes.slice(0, CASES_PAGE_SIZE),
    hasMore: data.disputes.length > CASES_PAGE_SIZE,
  };
}

/** `account`'s arbiter record and the disputes selected; nothing is read while `account` is undefined. */
export function useArbitration(account: string | undefined, selection: CaseSelection, page = 1) {
  const client = useIndexerClient();
  const variables = arbitrationVariables(account ?? "", selection, page);
  return useQuery<ArbitrationQuery, IndexerError, ArbitrationRead>({
    queryKey: indexerKeys.arbitration((account ?? "").toLowerCase(), variables),
    queryFn: async ({ signal }) => {
      if (!client) throw new IndexerError("unreachable", "No subgraphUrl in config.json");
      const data = await client.request(ArbitrationDocument, variables, signal);
      noteChainTime(data._meta?.block.timestamp);
      return data;
    },
    select: selectArbitration,
    enabled: client !== null && account !== undefined,
  });
}
