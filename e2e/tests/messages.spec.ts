import { parseEther } from "viem";
import { connectWallet, expect, test } from "../support/fixtures";
import { freshListing, freshSeller } from "../support/market";
import { indexedOrder, placeOrder, postMessage, readMessage } from "../support/orders";

test.use({ walletAccountIndex: 58 });

test("a messages round trip: the buyer writes, the seller reads and replies, the buyer's inbox and thread show it", async ({
  page,
  wallet,
}) => {
  const seller = await freshSeller(57, "Chatty Seller");
  // A buyer with a published key too: the seller's reply is sealed to it.
  const buyer = await freshSeller(58, "Curious Buyer");
  const listingId = await freshListing({ seller: 57, name: "Rattan basket (messages)", price: parseEther("0.02") });
  const order = await placeOrder({ buyer: 58, listingId, sellerKey: seller.keypair.publicKeyBase64 });

  await page.goto(`/#/orders/${order.orderId}`);
  await connectWallet(page, wallet);
  const messages = page.getByTestId("order-messages");
  await expect(messages.getByTestId("messages-empty")).toBeVisible();

  // Write: unlock the key (a signature), seal to the seller and to self, upload, postMessage.
  const question = "Does the basket come with its lid? I would like it before Friday.";
  await messages.getByRole("textbox", { name: "Your message" }).fill(question);
  await messages.getByRole("button", { name: "Send message" }).click();
  const thread = messages.getByTestId("message");
  await expect(thread).toHaveCount(1, { timeout: 20_000 });
  await expect(thread.first()).toHaveAttribute("data-sender", "you");
  await expect(thread.first().getByTestId("message-text")).toHaveText(question);
  await expect(messages.getByRole("textbox", { name: "Your message" })).toHaveValue("");
  expect(wallet.requests.filter((request) => request.method === "personal_sign")).toHaveLength(1);
  expect(wallet.sent).toHaveLength(1);

  // The seller's side: the message file on IPFS opens with the seller's key, bound to this order.
  const posted = (await indexedOrder(order.orderId))!;
  expect(posted.messages).toHaveLength(1);
  expect(posted.messages[0]).toMatchObject({ sender: buyer.address.toLowerCase(), senderRole: "Buyer" });
  expect(await readMessage(posted.messages[0]!.messageCid!, order.orderId, seller.keypair)).toBe(question);

  // The buyer leaves for the orders list; the seller replies from its side (sealed to the buyer and itself).
  await page.goto("/#/orders");
  await expect(page.getByTestId("order-card")).toHaveCount(1);
  await expect(page.getByTestId("inbox-badge")).toHaveAccessibleName("Inbox: nothing needs you");
  const reply = "Yes, the lid is included. It ships tomorrow morning.";
  await postMessage(57, posted, reply, [buyer.keypair.publicKeyBase64, seller.keypair.publicKeyBase64]);

  // Unread: the inbox lists it (opening the inbox asks the index afresh; the badge polls), and the badge counts it.
  await page.getByTestId("inbox-badge").click();
  await expect(page).toHaveURL(/#\/inbox$/);
  const entry = page.getByTestId("inbox-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute("data-reason", "messages");
  await expect(entry).toContainText("1 new message");
  await expect(entry).toContainText("Rattan basket (messages)");
  await expect(page.getByTestId("inbox-badge")).toHaveAccessibleName("Inbox: 1 thing needs you");

  // Opened: the reply decrypts below the question (newest last), and then counts as read.
  await entry.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`#/orders/${order.orderId}$`));
  // The key unlocked for sending is still held for this visit: no second signature.
  await expect(thread).toHaveCount(2);
  await expect(thread.nth(0).getByTestId("message-text")).toHaveText(question);
  await expect(thread.nth(1)).toHaveAttribute("data-sender", "seller");
  await expect(thread.nth(1).getByTestId("message-text")).toHaveText(reply);
  await expect(page.getByTestId("inbox-badge")).toHaveAccessibleName("Inbox: nothing needs you");
  expect(wallet.requests.filter((request) => request.method === "personal_sign")).toHaveLength(1);
  const indexed = (await indexedOrder(order.orderId))!;
  expect(indexed.messages.map((message) => message.senderRole)).toEqual(["Buyer", "Seller"]);
});
