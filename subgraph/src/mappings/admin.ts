// Owner settings: windows, fees, treasury, payment tokens, arbiters, pause, ownership.
import { BigInt } from "@graphprotocol/graph-ts";
import {
  ArbiterApproved,
  ArbiterRemoved,
  EIP712DomainChanged,
  OwnershipTransferStarted,
  OwnershipTransferred,
  Paused,
  PlatformFeeUpdated,
  TokenAllowed,
  TokenRemoved,
  TreasuryUpdated,
  Unpaused,
  WindowsSet,
} from "../../generated/Marketplace/Marketplace";
import { IERC20Metadata } from "../../generated/Marketplace/IERC20Metadata";
import { getArbiter, getMarketplace, getToken } from "../helpers/entities";

export function handleWindowsSet(event: WindowsSet): void {
  const marketplace = getMarketplace(event.address);
  marketplace.confirmationWindow = BigInt.fromU64(event.params.confirmationWindow.toU64());
  marketplace.rulingWindow = BigInt.fromU64(event.params.rulingWindow.toU64());
  marketplace.save();
}

export function handlePlatformFeeUpdated(event: PlatformFeeUpdated): void {
  const marketplace = getMarketplace(event.address);
  marketplace.platformFeeBps = event.params.feeBps;
  marketplace.save();
}

export function handleTreasuryUpdated(event: TreasuryUpdated): void {
  const marketplace = getMarketplace(event.address);
  marketplace.treasury = event.params.treasury;
  marketplace.save();
}

export function handleTokenAllowed(event: TokenAllowed): void {
  const token = getToken(event.params.token);
  token.tokenId = event.params.tokenId;
  token.allowed = true;
  // Read once here (allowing is rare): pages show prices without calling the token. A token
  // without a readable string symbol, name or decimals keeps null there.
  const erc20 = IERC20Metadata.bind(event.params.token);
  const symbol = erc20.try_symbol();
  if (!symbol.reverted) token.symbol = symbol.value;
  const name = erc20.try_name();
  if (!name.reverted) token.name = name.value;
  const decimals = erc20.try_decimals();
  if (!decimals.reverted) token.decimals = decimals.value;
  token.save();
}

export function handleTokenRemoved(event: TokenRemoved): void {
  const token = getToken(event.params.token);
  token.tokenId = event.params.tokenId;
  token.allowed = false;
  token.save();
}

export function handleArbiterApproved(event: ArbiterApproved): void {
  const arbiter = getArbiter(event.params.arbiter);
  arbiter.arbiterId = event.params.arbiterId;
  arbiter.feeBps = event.params.feeBps;
  arbiter.approved = true;
  arbiter.save();
}

export function handleArbiterRemoved(event: ArbiterRemoved): void {
  const arbiter = getArbiter(event.params.arbiter);
  arbiter.arbiterId = event.params.arbiterId;
  arbiter.approved = false;
  arbiter.save();
}

export function handlePaused(event: Paused): void {
  const marketplace = getMarketplace(event.address);
  marketplace.paused = true;
  marketplace.save();
}

export function handleUnpaused(event: Unpaused): void {
  const marketplace = getMarketplace(event.address);
  marketplace.paused = false;
  marketplace.save();
}

export function handleOwnershipTransferStarted(event: OwnershipTransferStarted): void {
  const marketplace = getMarketplace(event.address);
  marketplace.pendingOwner = event.params.newOwner;
  marketplace.save();
}

export function handleOwnershipTransferred(event: OwnershipTransferred): void {
  const marketplace = getMarketplace(event.address);
  marketplace.owner = event.params.newOwner;
  marketplace.pendingOwner = null;
  marketplace.save();
}

export function handleEIP712DomainChanged(event: EIP712DomainChanged): void {
  const marketplace = getMarketplace(event.address);
  marketplace.domainChangeCount += 1;
  marketplace.save();
}
