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
  return {
    name: "messages: buyer and seller post on an order",
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
        events: [ev("MessagePosted", { ...orderRef(1, 1), sender: SELLER, messageCid: answer.bytes })],
      },
    ),
    assertions: [
      expect(`{ order(id: "${orderHex(1, 1)}") { status messageCount updatedAt } }`, {
        order: { status: "Paid", messageCount: 2, updatedAt: String(DAY0 + 300) },
      }),
      expect(`{ orderMessages(orderBy: timestamp) { order { id } sender messageCid timestamp } }`, {
        orderMessages: [
          { order: { id: orderHex(1, 1) }, sender: BUYER, messageCid: question.text, timestamp: String(DAY0 + 200) },
          { order: { id: orderHex(1, 1) }, sender: SELLER, messageCid: answer.text, timestamp: String(DAY0 + 300) },
        ],
      }),
      expect(`{ orderEvents(where: { type: MessagePosted }) { actor cid } }`, {
        orderEvents: [
          { actor: BUYER, cid: question.text },
          { actor: SELLER, cid: answer.text },
        ],
      }),
    ],
  };
}
