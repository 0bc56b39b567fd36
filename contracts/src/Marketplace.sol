// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketplaceConfig} from "./mixins/MarketplaceConfig.sol";
import {Reviews} from "./mixins/Reviews.sol";

/**
 * @title Marketplace
 * @notice Agora: escrowed commerce between sellers and buyers, in native ETH or allowlisted
 *         ERC-20s, with signed coupons, carts, disputes heard by approved arbiters, and verified
 *         reviews.
 * @dev The contract is assembled from one inheritance chain of focused mixins:
 *      {MarketplaceConfig} (owner settings) -> {Payments} (money in and out) -> {Listings} ->
 *      {OrderBook} (order storage) -> {Checkout} (purchases, carts, coupons, permits) ->
 *      {Fulfilment} (ship, confirm, release, cancel, refund, messages) -> {Disputes} ->
 *      {Reviews} (reviews, reputation, profiles).
 *
 *      An order is stored as one word committing to its terms; its terms are emitted in
 *      {OrderPlaced} and passed back by every later call (see {OrderCommitments}).
 *
 *      IMPORTANT: only plain ERC-20 tokens should be allowlisted. Fee-on-transfer and rebasing
 *      tokens are refused at payment time (balance-delta check); a token that can freeze or
 *      claw back the marketplace's balance puts the escrow held in it at the token issuer's mercy.
 */
contract Marketplace is Reviews {
    /**
     * @param initialOwner The administrator (Ownable2Step).
     * @param treasury_ Receiver of platform fees.
     * @param platformFeeBps_ Platform fee on seller payouts in basis points (at most 500).
     * @param confirmationWindow_ Seconds the buyer has after shipping to confirm or dispute.
     * @param rulingWindow_ Seconds an arbiter has to rule on a dispute.
     */
    constructor(
        address initialOwner,
        address treasury_,
        uint16 platformFeeBps_,
        uint32 confirmationWindow_,
        uint32 rulingWindow_
    )
        MarketplaceConfig(
            initialOwner, treasury_, platformFeeBps_, confirmationWindow_, rulingWindow_
        )
    {}
}
