import {
  buildFileCar,
  cidToHex,
  DELIVERY_SCHEMA,
  deriveKeypairFromSignature,
  envelopeContexts,
  keyDerivationMessage,
  kuboRpcTarget,
  publishDocument,
  SHIPPING_ADDRESS_SCHEMA,
  sealEnvelope,
  uploadBuiltCar,
  utf8,
  type Delivery,
  type DirectoryFile,
  type DocumentInputOf,
  type DocumentKind,
} from "@agora/content";
import { abis, couponTypedData, type Coupon, type OrderTerms } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";
import {
  createPublicClient,
  createWalletClient,
  http,
  parseEther,
  parseEventLogs,
  parseUnits,
  zeroAddress,
  type Hash,
  type Hex,
  type PublicClient,
} from "viem";
import { mnemonicToAccount, type HDAccount } from "viem/accounts";
import { anvil } from "viem/chains";
import { DEV_MNEMONIC } from "../stack/foundry.js";
import { buyers, listings, sellers, type DemoAccount, type DemoListing } from "./catalogue.js";
import { avatarSvg, illustrationSvg, renderPng } from "./illustrations.js";

const ARBITER_INDEX = 9;
const DAY = 24 * 60 * 60;

interface PlacedOrder {
  orderId: bigint;
  order: OrderTerms;
  seller: DemoAccount;
  buyer: DemoAccount;
  listing: SeededListing;
}

interface SeededListing {
  demo: DemoListing;
  seller: DemoAccount;
  listingId: bigint;
  cid: string;
  unitPrice: bigint;
}

export interface SeedSummary {
  listings: number;
  profiles: number;
  orders: Record<string, string>;
}

/** Raw CID bytes, the form the contract takes. */
const cidBytes = (cid: string): Hex => cidToHex(cid);

/**
 * Seeds the demo catalogue through the local IPFS node and the deployed contracts: profiles with
 * encryption keys, 27 listings with pictures, and orders in every state (paid, shipped, disputed,
 * refunded, completed and reviewed, cart with a coupon).
 */
export async function seedDemoCatalogue(options: {
  rpcUrl: string;
  ipfsUrl: string;
  deployment: DeploymentFile;
}): Promise<SeedSummary> {
  const marketplace = options.deployment.contracts.Marketplace?.address;
  const usdc = options.deployment.contracts.MockUSDC?.address;
  if (!marketplace || !usdc) throw new Error("seeding needs the Marketplace and MockUSDC deployed");
  const chain = { ...anvil, rpcUrls: { default: { http: [options.rpcUrl] } } };
  const publicClient: PublicClient = createPublicClient({ chain, transport: http(options.rpcUrl) });
  const target = kuboRpcTarget({ url: options.ipfsUrl });
  const accountOf = (index: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index });
  const walletOf = (index: number) =>
    createWalletClient({ account: accountOf(index), chain, transport: http(options.rpcUrl) });

  const send = async (hash: Promise<Hash>) => {
    const receipt = await publicClient.waitForTransactionReceipt({ hash: await hash });
    if (receipt.status !== "success") throw new Error(`seed transaction ${receipt.transactionHash} reverted`);
    return receipt;
  };
  const publish = async <K extends DocumentKind>(kind: K, document: DocumentInputOf<K>, files: DirectoryFile[] = []) =>
    String((await publishDocument(target, kind, document, files)).root);
  const market = { address: marketplace, abi: abis.Marketplace } as const;

  // Profiles: each key pair comes from the account's signature, as in the web app.
  const publicKeys = new Map<number, string>();
  const arbiter: DemoAccount = {
    index: ARBITER_INDEX,
    name: "Agora Arbitration Guild",
    initials: "AG",
    bio: "Hears disputes on demo listings. Rulings within a day.",
    palette: { main: "#264653", accent: "#e9c46a", backdrop: ["#eee", "#ddd"] },
  };
  for (const person of [...sellers, ...buyers, arbiter]) {
    const account = accountOf(person.index);
    const keys = deriveKeypairFromSignature(await account.signMessage({ message: keyDerivationMessage }));
    publicKeys.set(person.index, keys.publicKeyBase64);
    const cid = await publish(
      "profile",
      {
        schema: "agora/profile@1",
        name: person.name,
        bio: person.bio,
        avatar: "avatar.png",
        encryptionPublicKey: keys.publicKeyBase64,
      },
      [{ path: "avatar.png", content: renderPng(avatarSvg(person.initials, person.palette)) }],
    );
    await send(walletOf(person.index).writeContract({ ...market, functionName: "setProfile", args: [cidBytes(cid)] }));
  }

  // Listings, each an IPFS directory of metadata.json and its pictures.
  const arbiterAddress = accountOf(ARBITER_INDEX).address;
  const seeded = new Map<string, SeededListing>();
  for (const seller of sellers) {
    for (const demo of listings[seller.index] ?? []) {
      const { alt, ...metadata } = demo.metadata;
      const photos: DirectoryFile[] = [
        { path: "photo-1.png", content: renderPng(illustrationSvg(demo.drawing, demo.palette)) },
        {
          path: "photo-2.png",
          content: renderPng(
            illustrationSvg(
              demo.drawing,
              { ...demo.palette, backdrop: [demo.palette.backdrop[1], demo.palette.backdrop[0]] },
              -8,
            ),
          ),
        },
      ];
      const cid = await publish(
        "listing",
        {
          schema: "agora/listing@1",
          ...metadata,
          images: [
            { path: "photo-1.png", alt },
            { path: "photo-2.png", alt: `${alt}, another angle` },
          ],
        } as DocumentInputOf<"listing">,
        photos,
      );
      const unitPrice = demo.token === "ETH" ? parseEther(demo.price) : parseUnits(demo.price, 6);
      const receipt = await send(
        walletOf(seller.index).writeContract({
          ...market,
          functionName: "createListing",
          args: [
            demo.token === "ETH" ? zeroAddress : usdc,
            unitPrice,
            demo.stock,
            arbiterAddress,
            demo.shipDays * DAY,
            cidBytes(cid),
          ],
        }),
      );
      const [created] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "ListingCreated" });
      seeded.set(demo.key, { demo, seller, listingId: created!.args.listingId, cid, unitPrice });
    }
  }

  // Buyers let the marketplace take their USDC.
  for (const buyer of buyers) {
    await send(
      walletOf(buyer.index).writeContract({
        address: usdc,
        abi: abis.MockUSDC,
        functionName: "approve",
        args: [marketplace, 2n ** 256n - 1n],
      }),
    );
  }

  const listingByKey = (key: string) => {
    const listing = seeded.get(key);
    if (!listing) throw new Error(`no demo listing ${key}`);
    return listing;
  };
  const demoAddress = (name: string, line1: string, postalCode: string, city: string) => ({
    schema: SHIPPING_ADDRESS_SCHEMA,
    name,
    line1,
    postalCode,
    city,
    country: "PT",
  });
  const shipment = (trackingNumber: string): Delivery => ({
    schema: DELIVERY_SCHEMA,
    kind: "shipment",
    carrier: "Demo Post",
    trackingNumber,
  });
  /** A private payload (JSON) sealed to one account's key for one use, stored as one UnixFS file. */
  const sealedFor = async (recipientIndex: number, payload: object, context: string) => {
    const envelope = sealEnvelope(publicKeys.get(recipientIndex)!, JSON.stringify(payload), { context });
    const built = await buildFileCar(utf8(JSON.stringify(envelope)));
    return cidBytes(String((await uploadBuiltCar(target, built)).root));
  };
  const ordersOf = (receipt: Awaited<ReturnType<typeof send>>, buyer: DemoAccount): PlacedOrder[] =>
    parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "OrderPlaced" }).map((log) => {
      const listing = [...seeded.values()].find((entry) => entry.listingId === log.args.listingId)!;
      const {
        buyer: buyerAddress,
        token,
        amount,
        feeBps,
        arbiter: arbiterOfOrder,
        arbiterFeeBps,
        shipDeadline,
      } = log.args;
      return {
        orderId: log.args.orderId,
        order: { buyer: buyerAddress, token, amount, feeBps, arbiter: arbiterOfOrder, arbiterFeeBps, shipDeadline },
        seller: listing.seller,
        buyer,
        listing,
      };
    });
  const buy = async (buyer: DemoAccount, key: string, quantity: number) => {
    const listing = listingByKey(key);
    const total = listing.unitPrice * BigInt(quantity);
    const shippingCid = await sealedFor(
      listing.seller.index,
      demoAddress(buyer.name, "12 Demo Street", "1000", "Example City"),
      envelopeContexts.shipping(listing.listingId),
    );
    const receipt = await send(
      walletOf(buyer.index).writeContract({
        ...market,
        functionName: "purchase",
        args: [listing.listingId, quantity, total, shippingCid],
        value: listing.demo.token === "ETH" ? total : 0n,
      }),
    );
    return ordersOf(receipt, buyer)[0]!;
  };
  const act = (index: number) => walletOf(index);
  const ship = (placed: PlacedOrder, delivery: Delivery) =>
    sealedFor(placed.buyer.index, delivery, envelopeContexts.delivery(placed.orderId)).then((trackingCid) =>
      send(
        act(placed.seller.index).writeContract({
          ...market,
          functionName: "shipOrder",
          args: [placed.orderId, placed.order, trackingCid],
        }),
      ),
    );
  const confirm = (placed: PlacedOrder) =>
    send(
      act(placed.buyer.index).writeContract({
        ...market,
        functionName: "confirmReceipt",
        args: [placed.orderId, placed.order],
      }),
    );
  const review = async (placed: PlacedOrder, rating: number, title: string, body: string, reply?: string) => {
    const cid = await publish("review", {
      schema: "agora/review@1",
      orderId: placed.orderId.toString(),
      listing: placed.listing.cid,
      rating,
      title,
      body,
    });
    await send(
      act(placed.buyer.index).writeContract({
        ...market,
        functionName: "submitReview",
        args: [placed.orderId, rating, cidBytes(cid)],
      }),
    );
    if (reply) {
      const replyCid = await buildFileCar(utf8(reply)).then((built) => uploadBuiltCar(target, built));
      await send(
        act(placed.seller.index).writeContract({
          ...market,
          functionName: "replyToReview",
          args: [placed.orderId, cidBytes(String(replyCid.root))],
        }),
      );
    }
  };
  const [mina, tomas, ada] = buyers as [DemoAccount, DemoAccount, DemoAccount];
  const orders: Record<string, string> = {};

  // Completed and reviewed, with a reply.
  const lamp = await buy(mina, "lamp-ember", 1);
  await ship(lamp, shipment("DEMO-PT-0001"));
  await confirm(lamp);
  await review(
    lamp,
    5,
    "Beautiful light",
    "Arrived well packed; the shade is even nicer in person.",
    "Thank you, Mina! Enjoy it.",
  );
  orders.reviewed = lamp.orderId.toString();

  const headphones = await buy(tomas, "headphones-studio", 1);
  await ship(headphones, shipment("DEMO-NL-0042"));
  await confirm(headphones);
  await review(headphones, 4, "Great sound", "Clear and comfortable. The cable is a bit short.");
  orders.completed = headphones.orderId.toString();

  const watch = await buy(ada, "watch-field", 1);
  await ship(watch, shipment("DEMO-NL-0043"));
  await confirm(watch);
  await review(watch, 5, "Keeps time", "Lovely watch, exactly as described.");

  // Paid, waiting for the seller to ship.
  orders.paid = (await buy(ada, "book-cartographers", 2)).orderId.toString();

  // A digital good delivered (sealed to the buyer), waiting for confirmation.
  const ebook = await buy(mina, "ebook-solidity", 1);
  await ship(ebook, {
    schema: DELIVERY_SCHEMA,
    kind: "digital",
    message: "Thank you! Your download code is DEMO-EBOOK-2026.",
    links: ["https://example.com/agora-demo/ebook"],
  });
  orders.shipped = ebook.orderId.toString();

  // Shipped, then disputed with evidence from both sides.
  const chair = await buy(tomas, "chair-oak", 1);
  await ship(chair, shipment("DEMO-PT-0107"));
  const reason = await publish("evidence", {
    schema: "agora/evidence@1",
    orderId: chair.orderId.toString(),
    statement: "One leg arrived cracked. Photos of the box and the leg attached.",
  });
  await send(
    act(tomas.index).writeContract({
      ...market,
      functionName: "openDispute",
      args: [chair.orderId, chair.order, cidBytes(reason)],
    }),
  );
  const answer = await publish("evidence", {
    schema: "agora/evidence@1",
    orderId: chair.orderId.toString(),
    statement: "The chair left our workshop intact; we offer a replacement leg or a partial refund.",
  });
  await send(
    act(chair.seller.index).writeContract({
      ...market,
      functionName: "submitEvidence",
      args: [chair.orderId, chair.order, cidBytes(answer)],
    }),
  );
  orders.disputed = chair.orderId.toString();

  // Partly refunded by the seller (one record of two out of stock), still open.
  const vinyl = await buy(mina, "vinyl-night", 2);
  await send(
    act(vinyl.seller.index).writeContract({
      ...market,
      functionName: "refundOrder",
      args: [vinyl.orderId, vinyl.order, vinyl.order.amount / 2n],
    }),
  );
  orders.partlyRefunded = vinyl.orderId.toString();

  // A cart across two sellers, with a 10% coupon on one seller's USDC listings.
  const couponSeller = accountOf(4);
  const coupon: Coupon = {
    seller: couponSeller.address,
    listingId: 0n,
    token: usdc,
    kind: 0,
    value: 1_000n,
    buyer: zeroAddress,
    expiry: 0n,
    maxRedemptions: 100,
    salt: 1n,
    chainId: BigInt(chain.id),
    marketplace,
  };
  const couponSignature = await signCoupon(couponSeller, coupon);
  const cartLines = [
    { key: "tshirt-sun", quantity: 2, coupon: true },
    { key: "ball-felt", quantity: 1, coupon: true },
    { key: "mug-set", quantity: 1, coupon: false },
  ];
  const items = [];
  let maxTotal = 0n;
  for (const line of cartLines) {
    const listing = listingByKey(line.key);
    maxTotal += listing.unitPrice * BigInt(line.quantity);
    items.push({
      listingId: listing.listingId,
      quantity: line.quantity,
      shippingCid: await sealedFor(
        listing.seller.index,
        demoAddress(ada.name, "7 Cart Lane", "2000", "Example Town"),
        envelopeContexts.shipping(listing.listingId),
      ),
      coupon,
      couponSignature: line.coupon ? couponSignature : ("0x" as Hex),
    });
  }
  const cart = await send(
    act(ada.index).writeContract({ ...market, functionName: "checkout", args: [items, maxTotal] }),
  );
  orders.cart = ordersOf(cart, ada)
    .map((placed) => placed.orderId.toString())
    .join(",");

  return { listings: seeded.size, profiles: publicKeys.size, orders };
}

/** The seller's EIP-712 coupon signature (the typed data is the contracts module's). */
async function signCoupon(seller: HDAccount, coupon: Coupon): Promise<Hex> {
  return seller.signTypedData(couponTypedData(coupon));
}
