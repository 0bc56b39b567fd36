import { Address, BigDecimal, BigInt, Bytes } from "@graphprotocol/graph-ts";
import { Account, AccountToken, Arbiter, Marketplace, PaymentToken } from "../../generated/schema";
import { ZERO_ADDRESS, ZERO_BD, ZERO_BI } from "./constants";

/**
 * The marketplace singleton of the contract at `address`. Created by the first event, which is the
 * constructor's, in the deployment block: native ETH, a payment token from then on with no event
 * of its own, is created with it.
 */
export function getMarketplace(address: Address): Marketplace {
  let marketplace = Marketplace.load(address);
  if (marketplace == null) {
    getToken(ZERO_ADDRESS).save();
    marketplace = new Marketplace(address);
    marketplace.platformFeeBps = 0;
    marketplace.confirmationWindow = ZERO_BI;
    marketplace.rulingWindow = ZERO_BI;
    marketplace.paused = false;
    marketplace.listingCount = 0;
    marketplace.orderCount = 0;
    marketplace.disputeCount = 0;
    marketplace.reviewCount = 0;
    marketplace.domainChangeCount = 0;
  }
  return marketplace;
}

export function getAccount(address: Address): Account {
  let account = Account.load(address);
  if (account == null) {
    account = new Account(address);
    account.listingCount = 0;
    account.activeListingCount = 0;
    account.salesCount = 0;
    account.completedSalesCount = 0;
    account.refundedSalesCount = 0;
    account.disputedSalesCount = 0;
    account.purchaseCount = 0;
    account.disputesOpenedCount = 0;
    account.reviewsWrittenCount = 0;
    account.ratingCount = 0;
    account.ratingSum = 0;
    account.ratingAverage = ZERO_BD;
    account.profileVersion = 0;
  }
  return account;
}

/** A payment token; native ETH (address 0) is always allowed with token id 0. */
export function getToken(address: Address): PaymentToken {
  let token = PaymentToken.load(address);
  if (token == null) {
    token = new PaymentToken(address);
    const native = address.equals(ZERO_ADDRESS);
    token.native = native;
    token.allowed = native;
    if (native) {
      token.tokenId = 0;
      token.symbol = "ETH";
      token.name = "Ether";
      token.decimals = 18;
    }
    token.listingCount = 0;
    token.orderCount = 0;
    token.volume = ZERO_BI;
    token.escrow = ZERO_BI;
    token.refunded = ZERO_BI;
    token.platformFees = ZERO_BI;
    token.feesSwept = ZERO_BI;
    token.arbiterFees = ZERO_BI;
  }
  return token;
}

export function getArbiter(address: Address): Arbiter {
  let arbiter = Arbiter.load(address);
  if (arbiter == null) {
    arbiter = new Arbiter(address);
    // Its account carries its profile (name) for the pages that show who rules.
    getAccount(address).save();
    arbiter.account = address;
    arbiter.arbiterId = 0;
    arbiter.feeBps = 0;
    arbiter.approved = false;
    arbiter.listingCount = 0;
    arbiter.disputeCount = 0;
    arbiter.rulingCount = 0;
    arbiter.expiredCount = 0;
  }
  return arbiter;
}

/** An account's volumes in one token (id: account ++ token). */
export function getAccountToken(account: Bytes, token: Bytes): AccountToken {
  const id = account.concat(token);
  let entry = AccountToken.load(id);
  if (entry == null) {
    entry = new AccountToken(id);
    entry.account = account;
    entry.token = token;
    entry.salesVolume = ZERO_BI;
    entry.purchaseVolume = ZERO_BI;
    entry.sellerEarnings = ZERO_BI;
    entry.refundsReceived = ZERO_BI;
    entry.refundsGiven = ZERO_BI;
    entry.creditBalance = ZERO_BI;
  }
  return entry;
}

/** ratingSum / ratingCount with 4 decimals kept by BigDecimal division. */
export function ratingAverage(sum: i32, count: i32): BigDecimal {
  if (count == 0) return ZERO_BD;
  return BigInt.fromI32(sum).toBigDecimal().div(BigInt.fromI32(count).toBigDecimal());
}

/** `a - b`, never below zero (guards counters against events seen out of range). */
export function minusClamped(a: BigInt, b: BigInt): BigInt {
  return a.gt(b) ? a.minus(b) : ZERO_BI;
}
