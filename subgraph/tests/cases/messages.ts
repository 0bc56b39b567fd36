// Encrypted messages posted by both parties of an open order.
import {
  BUYER,
  DAY,
  DAY0,
  SELLER,
  blocks,
  cid,
  ev,
  expect,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function messages(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const question = await cid("when will it ship?");
  const answer = await cid("tomorrow");
  const thanks = await cid("thanks");
  return {
    name: "messages: buyer and seller post on an order, twice in one block; roles and log order",
    files,
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...events,
          orderPlaced({
            listingNumber: 1,
            orderNumber: 1,
            quantity: 1,
            amount: 1000,
            shipDeadline: DAY0 + 100 + 3 * DAY,
          }),
        ],
      },
      {
        timestamp: DAY0 + 200,
        events: [ev("MessagePosted", { ...orderRef(1, 1), sender: BUYER, messageCid: question.bytes })],
      },
      {
        timestamp: DAY0 + 300,
        // One block, two messages: only the log order sorts them.
        events: [
          ev("MessagePosted", { ...orderRef(1, 1), sender: SELLER, messageCid: answer.bytes }),
          ev("MessagePosted", { ...orderRef(1, 1), sender: BUYER, messageCid: thanks.bytes }),
        ],
      },
    ),
    assertions: [
      expect(`{ order(id: "${orderHex(1, 1)}") { status messageCount updatedAt } }`, {
        order: { status: "Paid", messageCount: 3, updatedAt: String(DAY0 + 300) },
      }),
      // The thread from the order, in log order: block, then log index within the block.
      expect(
        `{ order(id: "${orderHex(1, 1)}") { messages(orderBy: logOrder) { sender senderRole messageCid timestamp blockNumber logIndex logOrder } } }`,
        {
          order: {
            messages: [
              {
                sender: BUYER,
                senderRole: "Buyer",
                messageCid: question.text,
                timestamp: String(DAY0 + 200),
                blockNumber: "3",
                logIndex: "0",
                logOrder: String(3 * 2 ** 20),
              },
              {
                sender: SELLER,
                senderRole: "Seller",
                messageCid: answer.text,
                timestamp: String(DAY0 + 300),
                blockNumber: "4",
                logIndex: "0",
                logOrder: String(4 * 2 ** 20),
              },
              {
                sender: BUYER,
                senderRole: "Buyer",
                messageCid: thanks.text,
                timestamp: String(DAY0 + 300),
                blockNumber: "4",
                logIndex: "1",
                logOrder: String(4 * 2 ** 20 + 1),
              },
            ],
          },
        },
      ),
      expect(`{ orderEvents(where: { type: MessagePosted }) { actor cid } }`, {
        orderEvents: [
          { actor: BUYER, cid: question.text },
          { actor: SELLER, cid: answer.text },
          { actor: BUYER, cid: thanks.text },
        ],
      }),
    ],
  };
}
