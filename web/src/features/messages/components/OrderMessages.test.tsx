import { deriveKeypairFromSignature, utf8, type X25519Keypair } from "@agora/content";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OrderMessagesQuery } from "../../../lib/indexer/generated/graphql";
import { setAccountState } from "../../../lib/wallet/account";
import { fakeContent, fakeIndexer, renderPage } from "../../../test/pageHarness";
import { useOrderMessages } from "../hooks/useOrderMessages";
import type { MessageReader } from "../hooks/useMessageTexts";
import { sealMessageFile } from "../messageFile";
import { orderKey, readMarksOf, resetReadStore } from "../readStore";
import { MessageThread } from "./MessageThread";
import { OrderMessages } from "./OrderMessages";

const buyer = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
const seller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const orderId = ((BigInt(seller) << 96n) | (7n << 48n) | 2n).toString();
const terms = {
  buyer: { id: buyer },
  token: { id: "0x0000000000000000000000000000000000000000" },
  amount: "1000",
  feeBps: 250,
  arbiter: { id: "0x90f79bf6eb2c4f870365e785982e1f101e93b906" },
  arbiterFeeBps: 100,
  shipDeadline: "1700086400",
};

function keypair(): X25519Keypair {
  const signature = new Uint8Array(65);
  crypto.getRandomValues(signature);
  return deriveKeypairFromSignature(signature);
}

const profile = (account: string, key: string | null) => [{ id: `${account}-1`, encryptionPublicKey: key }];

type Message = NonNullable<OrderMessagesQuery["order"]>["messages"][number];
const message = (index: number, sender: string, role: "Buyer" | "Seller", cid: string | null): Message => ({
  id: `0xtx${index}`,
  sender,
  senderRole: role,
  messageCid: cid,
  timestamp: String(1_700_000_000 + index * 60),
  logOrder: String(((100 + index) << 20) + 1),
});

/** The thread as the subgraph answers `OrderMessages`, in log order. */
function answer(messages: Message[], { sellerKey = "c2VsbGVy" as string | null, status = "Shipped" } = {}) {
  const response: OrderMessagesQuery = {
    order: {
      id: orderKey(orderId),
      status: status as "Shipped",
      buyer: { id: buyer, profile: profile(buyer, "YnV5ZXI=") },
      seller: { id: seller, profile: profile(seller, sellerKey) },
      messages,
    },
  };
  return response;
}

/** The thread as the island shows it once the key is unlocked: same query, same component. */
function UnlockedThread({ reader }: { reader: MessageReader }) {
  const query = useOrderMessages(orderId);
  return query.data ? <MessageThread orderId={orderId} thread={query.data} account={buyer} reader={reader} /> : null;
}

beforeEach(() => resetReadStore());
afterEach(() => setAccountState({ status: "unknown" }));

describe("order messages", () => {
  it("decrypts each message in the browser, newest last, with who sent it; marks the thread read", async () => {
    const buyerKeys = keypair();
    const sellerKeys = keypair();
    const files = new Map<string, Uint8Array>();
    const put = async (cid: string, text: string, readers: string[]) =>
      files.set(cid, utf8(JSON.stringify(await sealMessageFile({ text, orderId, readers }))));
    await put("bafyone", "Hello, is the lamp still boxed?", [sellerKeys.publicKeyBase64, buyerKeys.publicKeyBase64]);
    await put("bafytwo", "Yes — shipping tomorrow.", [buyerKeys.publicKeyBase64, sellerKeys.publicKeyBase64]);
    await put("bafythree", "For someone else", [keypair().publicKeyBase64]);

    const messages = [
      message(1, buyer, "Buyer", "bafyone"),
      message(2, seller, "Seller", "bafytwo"),
      message(3, seller, "Seller", "bafythree"),
      message(4, seller, "Seller", null),
    ];
    const { client, request } = fakeIndexer((operation) => {
      if (operation !== "OrderMessages") throw new Error(`unexpected ${operation}`);
      return answer(messages);
    });
    const content = fakeContent({
      bytes: async (address: string) => {
        const bytes = files.get(address);
        if (!bytes) throw new Error(`no ${address}`);
        return bytes;
      },
    });
    await renderPage(<UnlockedThread reader={{ account: buyer, secretKey: buyerKeys.secretKey }} />, {
      path: "/",
      client,
      content,
    });

    await screen.findByText("Yes — shipping tomorrow.");
    const items = screen.getAllByTestId("message");
    expect(items.map((item) => item.dataset.sender)).toEqual(["you", "seller", "seller", "seller"]);
    expect(within(items[0]!).getByText("You")).toBeTruthy();
    expect(within(items[0]!).getByTestId("message-text").textContent).toBe("Hello, is the lamp still boxed?");
    expect(within(items[1]!).getByText("Seller")).toBeTruthy();
    expect(within(items[2]!).getByTestId("message-problem").textContent).toContain("was not sealed to your key");
    expect(items[3]!.textContent).toContain("without a valid IPFS address");
    expect(request.mock.calls[0]![1]).toEqual({ order: orderKey(orderId) });

    // Shown: read up to the newest message.
    await waitFor(() => expect(readMarksOf(31337, buyer)[orderKey(orderId)]).toBe(messages[3]!.logOrder));
  });

  it("shows the thread sealed, and asks a visitor to connect, without reading any message", async () => {
    setAccountState({ status: "disconnected" });
    const { client } = fakeIndexer(() => answer([message(1, buyer, "Buyer", "bafyone")]));
    const content = fakeContent();
    await renderPage(<OrderMessages orderId={orderId} terms={terms} buyer={buyer} seller={seller} />, {
      path: "/",
      client,
      content,
    });
    expect(await screen.findByTestId("message-locked")).toBeTruthy();
    expect(screen.getByText("1 message")).toBeTruthy();
    expect(screen.getByTestId("messages-connect").textContent).toContain("Connect the buyer's or the seller's wallet");
    expect(content.bytes).not.toHaveBeenCalled();
    expect(readMarksOf(31337, buyer)).toEqual({});
  });

  it("tells an account that is neither buyer nor seller that the thread is private", async () => {
    setAccountState({ status: "connected", address: "0x90F79bf6EB2c4f870365E785982E1f101E93b906", chainId: 31337 });
    const { client } = fakeIndexer(() => answer([]));
    await renderPage(<OrderMessages orderId={orderId} terms={terms} buyer={buyer} seller={seller} />, {
      path: "/",
      client,
    });
    expect(await screen.findByTestId("messages-not-participant")).toBeTruthy();
    expect(screen.getByTestId("messages-empty").textContent).toBe("No messages yet.");
  });

  it("keeps the participant's thread sealed until the wallet layer is there to unlock it", async () => {
    setAccountState({ status: "connected", address: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", chainId: 31337 });
    const { client } = fakeIndexer(() => answer([message(1, seller, "Seller", "bafyone")]));
    await renderPage(<OrderMessages orderId={orderId} terms={terms} buyer={buyer} seller={seller} />, {
      path: "/",
      client,
    });
    expect(await screen.findByTestId("message-locked")).toBeTruthy();
    expect(screen.queryByTestId("messages-connect")).toBeNull();
    expect(screen.queryByTestId("messages-not-participant")).toBeNull();
  });

  it("says when the index cannot be read, with a retry", async () => {
    setAccountState({ status: "disconnected" });
    const { client } = fakeIndexer(() => {
      throw new Error("down");
    });
    await renderPage(<OrderMessages orderId={orderId} terms={terms} buyer={buyer} seller={seller} />, {
      path: "/",
      client,
    });
    expect(await screen.findByTestId("messages-error")).toBeTruthy();
  });
});
