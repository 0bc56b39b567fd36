// Ownership accepted: the pending owner becomes owner.
import { DAY0, MARKETPLACE, OWNER, blocks, ev, expect, type TestCase } from "../../scripts/testing/dsl.js";

const NEW_OWNER = "0x0000000000000000000000000000000000000a03";

export default async function ownership(): Promise<TestCase> {
  return {
    name: "admin: two-step ownership transfer completes",
    blocks: blocks(
      {
        timestamp: DAY0,
        events: [
          ev("OwnershipTransferred", { previousOwner: "0x0000000000000000000000000000000000000000", newOwner: OWNER }),
        ],
      },
      { timestamp: DAY0 + 10, events: [ev("OwnershipTransferStarted", { previousOwner: OWNER, newOwner: NEW_OWNER })] },
      { timestamp: DAY0 + 20, events: [ev("OwnershipTransferred", { previousOwner: OWNER, newOwner: NEW_OWNER })] },
    ),
    assertions: [
      expect(`{ marketplace(id: "${MARKETPLACE}") { owner pendingOwner paused } }`, {
        marketplace: { owner: NEW_OWNER, pendingOwner: null, paused: false },
      }),
    ],
  };
}
