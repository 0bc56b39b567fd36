import {
  concat,
  createWalletClient,
  custom,
  encodeAbiParameters,
  keccak256,
  parseEther,
  recoverTypedDataAddress,
  toHex,
  zeroAddress,
} from "viem";
import { describe, expect, it } from "vitest";
import {
  cartItemCoupon,
  couponDigest,
  couponTypedData,
  couponTypes,
  COUPON_FIXED,
  COUPON_PERCENT,
  discountFor,
  isContractEcdsaShape,
  makeCoupon,
  noCoupon,
  signCoupon,
  type Coupon,
} from "./coupon";
import { buyerAccount, listingOf, sellerAccount, testCoupon, testSite, usdcAddress } from "./testCoupons";
import couponHashingSol from "../../../../contracts/src/lib/CouponHashing.sol?raw";

describe("the Coupon type and hash", () => {
  it("signs the fields of CouponHashing's typehash, in its order", () => {
    const typehash = /keccak256\(\s*((?:"[^"]*"\s*)+)\)/.exec(couponHashingSol)![1]!;
    const typeString = [...typehash.matchAll(/"([^"]*)"/g)].map((part) => part[1]).join("");
    const ours = `Coupon(${couponTypes.Coupon.map((field) => `${field.type} ${field.name}`).join(",")})`;
    expect(ours).toBe(typeString);
    expect(Object.keys(couponTypes.Coupon[0]!)).toEqual(["name", "type"]);
  });

  it("gives the digest the deployed contract's couponHash returned", () => {
    // Read from a Marketplace deployed on anvil at 0x5fbd…0aa3 (deployer's first contract).
    const coupon: Coupon = {
      seller: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
      listingId: 0x70997970c51812dc3a010c7d01b50e0d17dc79c8000000000001000000000000n,
      token: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      kind: 0,
      value: 1500n,
      buyer: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
      expiry: 1767225600n,
      maxRedemptions: 5,
      salt: 42n,
      chainId: 31337n,
      marketplace: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
    };
    expect(couponDigest(coupon)).toBe("0xe1b64d500361de8125c66dabcaebc1ecdae23f19f393d6f189dc4d8a5dadcebb");
    expect(couponDigest({ ...coupon, salt: 43n })).not.toBe(couponDigest(coupon));
    expect(couponDigest({ ...coupon, chainId: 1n })).not.toBe(couponDigest(coupon));
  });

  it("signs under the domain of the marketplace the coupon names", () => {
    const { domain, primaryType } = couponTypedData(testCoupon());
    expect(domain).toEqual({
      name: "Agora Marketplace",
      version: "1",
      chainId: 31337n,
      verifyingContract: testSite.marketplace,
    });
    expect(primaryType).toBe("Coupon");
  });
});

describe("discountFor", () => {
  const percent = (value: bigint) => ({ kind: COUPON_PERCENT, value });
  const fixed = (value: bigint) => ({ kind: COUPON_FIXED, value });

  it("takes what the contract took in a checkout on anvil", () => {
    // CouponRedeemed discounts observed with these coupons and lines.
    expect(discountFor(percent(1234n), parseEther("4.5"))).toBe(555300000000000000n);
    expect(discountFor(fixed(parseEther("2")), parseEther("1.5"))).toBe(parseEther("1.5"));
    expect(discountFor(fixed(parseEther("0.3")), parseEther("3"))).toBe(parseEther("0.3"));
  });

  it("rounds a percentage down, in basis points, up to the whole line", () => {
    expect(discountFor(percent(1n), 9_999n)).toBe(0n);
    expect(discountFor(percent(1n), 10_000n)).toBe(1n);
    expect(discountFor(percent(3333n), 100n)).toBe(33n);
    expect(discountFor(percent(10_000n), 12_500_000n)).toBe(12_500_000n);
    expect(discountFor(percent(0n), 12_500_000n)).toBe(0n);
  });

  it("caps a fixed amount at the line total", () => {
    expect(discountFor(fixed(5_000_000n), 12_500_000n)).toBe(5_000_000n);
    expect(discountFor(fixed(12_500_000n), 12_500_000n)).toBe(12_500_000n);
    expect(discountFor(fixed(20_000_000n), 12_500_000n)).toBe(12_500_000n);
    expect(discountFor(fixed(1n), 0n)).toBe(0n);
  });

  it("is null where the contract reverts with InvalidCoupon", () => {
    expect(discountFor(percent(10_001n), 100n)).toBeNull();
    expect(discountFor({ kind: 2, value: 1n }, 100n)).toBeNull();
  });
});

describe("making and signing coupons", () => {
  it("fills the defaults and the site", () => {
    const coupon = makeCoupon(
      { seller: sellerAccount.address, token: usdcAddress, kind: COUPON_FIXED, value: 5n },
      testSite,
    );
    expect(coupon).toMatchObject({
      listingId: 0n,
      buyer: zeroAddress,
      expiry: 0n,
      maxRedemptions: 0,
      chainId: 31337n,
      marketplace: testSite.marketplace,
    });
    expect(coupon.salt).toBeLessThan(1n << 64n);
    const other = makeCoupon(
      { seller: sellerAccount.address, token: usdcAddress, kind: COUPON_FIXED, value: 5n },
      testSite,
    );
    expect(other.salt).not.toBe(coupon.salt);
  });

  it("signs with a local account or a wallet client, recoverable to the seller", async () => {
    const coupon = testCoupon();
    const byAccount = await signCoupon(sellerAccount, coupon);
    const wallet = createWalletClient({
      account: sellerAccount,
      transport: custom({ request: () => Promise.reject(new Error("a local account signs without RPC")) }),
    });
    const byClient = await signCoupon(wallet, coupon);
    expect(byClient).toBe(byAccount);
    expect(isContractEcdsaShape(byAccount)).toBe(true);
    expect(await recoverTypedDataAddress({ ...couponTypedData(coupon), signature: byAccount })).toBe(
      sellerAccount.address,
    );
  });

  it("fills a cart line's coupon fields, empty without one", async () => {
    const coupon = testCoupon();
    const signature = await signCoupon(sellerAccount, coupon);
    expect(cartItemCoupon({ coupon, signature })).toEqual({ coupon, couponSignature: signature });
    expect(cartItemCoupon(undefined)).toEqual({ coupon: noCoupon, couponSignature: "0x" });
  });

  it("signs, for a seller's coupon with every term, the digest the contract's couponHash computes", async () => {
    // Checkout.couponHash: OpenZeppelin's _hashTypedDataV4(CouponHashing.structHash(coupon)), by hand.
    const typeString = [.../keccak256\(\s*((?:"[^"]*"\s*)+)\)/.exec(couponHashingSol)![1]!.matchAll(/"([^"]*)"/g)]
      .map((part) => part[1])
      .join("");
    const coupon = makeCoupon(
      {
        seller: sellerAccount.address,
        token: usdcAddress,
        kind: COUPON_FIXED,
        value: 2_500_000n,
        listingId: BigInt(listingOf(sellerAccount.address, 12n)),
        buyer: buyerAccount.address,
        expiry: 1_900_000_000n,
        maxRedemptions: 50,
      },
      testSite,
    );
    const structHash = keccak256(
      encodeAbiParameters(
        [{ type: "bytes32" }, ...couponTypes.Coupon.map((field) => ({ type: field.type }))],
        [
          keccak256(toHex(typeString)),
          coupon.seller,
          coupon.listingId,
          coupon.token,
          coupon.kind,
          coupon.value,
          coupon.buyer,
          coupon.expiry,
          coupon.maxRedemptions,
          coupon.salt,
          coupon.chainId,
          coupon.marketplace,
        ],
      ),
    );
    const domainSeparator = keccak256(
      encodeAbiParameters(
        [{ type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }, { type: "uint256" }, { type: "address" }],
        [
          keccak256(toHex("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
          keccak256(toHex("Agora Marketplace")),
          keccak256(toHex("1")),
          31337n,
          testSite.marketplace,
        ],
      ),
    );
    const contractDigest = keccak256(concat(["0x1901", domainSeparator, structHash]));
    expect(couponDigest(coupon)).toBe(contractDigest);

    const signature = await signCoupon(sellerAccount, coupon);
    expect(await recoverTypedDataAddress({ ...couponTypedData(coupon), signature })).toBe(sellerAccount.address);
    // Another coupon's signature does not pass for this one.
    const other = await signCoupon(sellerAccount, { ...coupon, value: coupon.value + 1n });
    expect(await recoverTypedDataAddress({ ...couponTypedData(coupon), signature: other })).not.toBe(
      sellerAccount.address,
    );
  });
});
