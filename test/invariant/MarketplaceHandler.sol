// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Marketplace} from "../../contracts/src/Marketplace.sol";
import {CartItem, Order, OrderStatus} from "../../contracts/src/lib/MarketplaceTypes.sol";
import {BlocklistToken} from "../mocks/AdversarialTokens.sol";

/**
 * @notice Drives the marketplace through random but mostly valid actions of many actors and
 *         keeps ghost accounting of what must hold: open escrow per token, stock per listing,
 *         and how many times each order paid out.
 */
contract MarketplaceHandler is CommonBase, StdCheats, StdUtils {
    error ApproveFailed();

    struct GhostOrder {
        uint256 id;
        Order terms;
        OrderStatus status;
        uint256 since;
        /// @dev What the order still holds: the terms' amount minus partial refunds.
        uint256 escrow;
    }

    Marketplace public immutable market;
    address public immutable arbiter;
    address[] public tokens; // [ETH, plain, USDT-like (no return values), blocklisting (last)]
    address[] public sellers;
    address[] public buyers;
    address[] internal _accounts; // everyone who may hold a credit

    uint256[] public listings;
    mapping(uint256 listingId => uint256) public ghostStock;
    mapping(uint256 listingId => bool) public ghostClosed;
    GhostOrder[] internal _orders;
    mapping(address token => uint256) public ghostEscrow;
    mapping(uint256 orderId => uint256) public payouts;
    uint256 public doublePayouts;
    mapping(bytes32 => uint256) public calls;

    constructor(Marketplace market_, address arbiter_, address[] memory tokens_) {
        market = market_;
        arbiter = arbiter_;
        tokens = tokens_;
        for (uint256 i; i < 3; ++i) {
            address s = makeAddr(string.concat("seller", vm.toString(i)));
            address b = makeAddr(string.concat("buyer", vm.toString(i)));
            sellers.push(s);
            buyers.push(b);
            _accounts.push(s);
            _accounts.push(b);
            vm.deal(b, 1e30);
            for (uint256 t = 1; t < tokens_.length; ++t) {
                BlocklistToken(tokens_[t]).mint(b, 1e30);
                // Low-level: the USDT-like token's approve returns nothing.
                vm.prank(b);
                (bool approved,) = tokens_[t].call(
                    abi.encodeCall(IERC20.approve, (address(market_), type(uint256).max))
                );
                if (!approved) revert ApproveFailed();
            }
        }
        _accounts.push(arbiter_);
    }

    // ============================================================== actions

    function createListing(uint256 sellerSeed, uint256 tokenSeed, uint96 price, uint32 stock)
        external
    {
        address seller = sellers[sellerSeed % sellers.length];
        address token = tokens[tokenSeed % tokens.length];
        price = uint96(bound(price, 1, 1e24));
        stock = uint32(bound(stock, 1, 50));
        vm.prank(seller);
        uint256 listingId = market.createListing(token, price, stock, arbiter, 1 days, hex"01");
        listings.push(listingId);
        ghostStock[listingId] = stock;
        ++calls["createListing"];
    }

    function updateListing(uint256 listingSeed, uint96 price, uint32 stock) external {
        if (listings.length == 0) return;
        uint256 listingId = listings[listingSeed % listings.length];
        if (ghostClosed[listingId]) return;
        price = uint96(bound(price, 1, 1e24));
        stock = uint32(bound(stock, 0, 50));
        vm.prank(_seller(listingId));
        market.updateListing(listingId, price, stock);
        ghostStock[listingId] = stock;
        ++calls["updateListing"];
    }

    function closeListing(uint256 listingSeed) external {
        // Rare on purpose: closed listings take no more orders.
        if (listings.length == 0 || listingSeed % 4 != 0) return;
        uint256 listingId = listings[listingSeed % listings.length];
        if (ghostClosed[listingId]) return;
        vm.prank(_seller(listingId));
        market.closeListing(listingId);
        ghostClosed[listingId] = true;
        ghostStock[listingId] = 0;
        ++calls["closeListing"];
    }

    function purchase(uint256 listingSeed, uint256 buyerSeed, uint32 quantity) external {
        (bool found, uint256 listingId) = _findBuyable(listingSeed);
        if (!found) {
            this.createListing(listingSeed, buyerSeed, uint96(quantity), quantity);
            listingId = listings[listings.length - 1];
        }
        quantity = uint32(bound(quantity, 1, ghostStock[listingId]));
        address buyer = buyers[buyerSeed % buyers.length];
        Order memory terms = _terms(listingId, buyer, quantity);
        vm.prank(buyer);
        try market.purchase{value: terms.token == address(0) ? terms.amount : 0}(
            listingId, quantity, terms.amount, hex"02"
        ) returns (
            uint256 orderId
        ) {
            _recordOrder(orderId, listingId, quantity, terms);
            ++calls["purchase"];
        } catch {
            // Only a blocklisted buyer's transferFrom can fail here.
            ++calls["purchase (refused)"];
        }
    }

    function checkoutTwo(uint256 listingSeed, uint256 buyerSeed) external {
        if (listings.length < 2) return;
        uint256 a = listings[listingSeed % listings.length];
        uint256 b = listings[(listingSeed / 7 + 1) % listings.length];
        if (ghostClosed[a] || ghostClosed[b] || ghostStock[a] == 0 || ghostStock[b] == 0) return;
        if (a == b && ghostStock[a] < 2) return;
        address buyer = buyers[buyerSeed % buyers.length];
        Order memory ta = _terms(a, buyer, 1);
        Order memory tb = _terms(b, buyer, 1);
        if (ta.token != tb.token) return;
        CartItem[] memory items = new CartItem[](2);
        (items[0].listingId, items[0].quantity) = (a, 1);
        (items[1].listingId, items[1].quantity) = (b, 1);
        uint256 total = ta.amount + tb.amount;
        vm.prank(buyer);
        try market.checkout{value: ta.token == address(0) ? total : 0}(items, total) returns (
            uint256[] memory ids
        ) {
            _recordOrder(ids[0], a, 1, ta);
            _recordOrder(ids[1], b, 1, tb);
            ++calls["checkout"];
        } catch {
            ++calls["checkout (refused)"];
        }
    }

    function ship(uint256 orderSeed) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Paid);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        vm.prank(_seller(o.id));
        market.shipOrder(o.id, o.terms, hex"03");
        (o.status, o.since) = (OrderStatus.Shipped, block.timestamp);
        ++calls["ship"];
    }

    function confirm(uint256 orderSeed) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Shipped);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        vm.prank(o.terms.buyer);
        market.confirmReceipt(o.id, o.terms);
        _finalise(i, OrderStatus.Completed);
        ++calls["confirm"];
    }

    function release(uint256 orderSeed) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Shipped);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        uint256 endsAt = o.since + market.confirmationWindow();
        if (block.timestamp <= endsAt) vm.warp(endsAt + 1);
        market.releasePayment(o.id, o.terms);
        _finalise(i, OrderStatus.Completed);
        ++calls["release"];
    }

    function cancel(uint256 orderSeed) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Paid);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        if (block.timestamp <= o.terms.shipDeadline) vm.warp(uint256(o.terms.shipDeadline) + 1);
        vm.prank(o.terms.buyer);
        market.cancelOrder(o.id, o.terms);
        _finalise(i, OrderStatus.Refunded);
        ++calls["cancel"];
    }

    function refund(uint256 orderSeed, uint256 amount) external {
        (bool found, uint256 i) = _findOpen(orderSeed);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        if (o.escrow == 0) return;
        amount = bound(amount, 1, o.escrow);
        vm.prank(_seller(o.id));
        market.refundOrder(o.id, o.terms, amount);
        ghostEscrow[o.terms.token] -= amount;
        o.escrow -= amount;
        // The terms never change: every later call still passes them as placed.
        if (o.escrow == 0) {
            o.status = OrderStatus.Refunded;
            ++payouts[o.id];
        }
        ++calls["refund"];
    }

    function dispute(uint256 orderSeed) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Shipped);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        if (block.timestamp > o.since + market.confirmationWindow()) return;
        vm.prank(o.terms.buyer);
        market.openDispute(o.id, o.terms, hex"04");
        (o.status, o.since) = (OrderStatus.Disputed, block.timestamp);
        ++calls["dispute"];
    }

    function rule(uint256 orderSeed, uint16 buyerShareBps) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Disputed);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        if (block.timestamp > o.since + market.rulingWindow()) return;
        vm.prank(arbiter);
        market.resolveDispute(o.id, o.terms, uint16(bound(buyerShareBps, 0, 10_000)), hex"05");
        _finalise(i, OrderStatus.Completed);
        ++calls["rule"];
    }

    function reclaim(uint256 orderSeed) external {
        (bool found, uint256 i) = _find(orderSeed, OrderStatus.Disputed);
        if (!found) return;
        GhostOrder storage o = _orders[i];
        uint256 endsAt = o.since + market.rulingWindow();
        if (block.timestamp <= endsAt) vm.warp(endsAt + 1);
        vm.prank(o.terms.buyer);
        market.reclaimExpiredDispute(o.id, o.terms);
        _finalise(i, OrderStatus.Refunded);
        ++calls["reclaim"];
    }

    /// @dev Tries every payout path on a finalised order: all must revert.
    function payTwice(uint256 orderSeed) external {
        if (_orders.length == 0) return;
        GhostOrder storage o = _orders[orderSeed % _orders.length];
        if (o.status != OrderStatus.Completed && o.status != OrderStatus.Refunded) return;
        address seller = _seller(o.id);
        vm.warp(block.timestamp + 30 days);
        vm.prank(o.terms.buyer);
        try market.confirmReceipt(o.id, o.terms) {
            ++doublePayouts;
        } catch {}
        try market.releasePayment(o.id, o.terms) {
            ++doublePayouts;
        } catch {}
        vm.prank(o.terms.buyer);
        try market.cancelOrder(o.id, o.terms) {
            ++doublePayouts;
        } catch {}
        vm.prank(o.terms.buyer);
        try market.reclaimExpiredDispute(o.id, o.terms) {
            ++doublePayouts;
        } catch {}
        vm.prank(seller);
        try market.refundOrder(o.id, o.terms, 1) {
            ++doublePayouts;
        } catch {}
        vm.prank(arbiter);
        try market.resolveDispute(o.id, o.terms, 0, hex"") {
            ++doublePayouts;
        } catch {}
        ++calls["payTwice"];
    }

    function toggleBlocklist(uint256 accountSeed) external {
        address token = tokens[tokens.length - 1];
        address account = _accounts[accountSeed % _accounts.length];
        BlocklistToken(token).setBlocked(account, !BlocklistToken(token).blocked(account));
        ++calls["toggleBlocklist"];
    }

    function withdraw(uint256 accountSeed, uint256 tokenSeed) external {
        address account = _accounts[accountSeed % _accounts.length];
        address token = tokens[tokenSeed % tokens.length];
        if (market.creditOf(token, account) == 0) return;
        vm.prank(account);
        // To a fresh address that no token blocks.
        market.withdraw(token, address(uint160(uint256(keccak256(abi.encode(account, "cold"))))));
        ++calls["withdraw"];
    }

    function sweep(uint256 tokenSeed) external {
        address token = tokens[tokenSeed % tokens.length];
        if (market.accruedFees(token) == 0) return;
        market.sweepFees(token);
        ++calls["sweep"];
    }

    function warp(uint32 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 2 days));
        ++calls["warp"];
    }

    // ================================================================ views

    function orderCount() external view returns (uint256) {
        return _orders.length;
    }

    function orderAt(uint256 i) external view returns (uint256 id, OrderStatus status) {
        return (_orders[i].id, _orders[i].status);
    }

    function listingCount() external view returns (uint256) {
        return listings.length;
    }

    function tokenCount() external view returns (uint256) {
        return tokens.length;
    }

    /// @dev Sum of every credited balance in `token`.
    function totalCredits(address token) external view returns (uint256 total) {
        for (uint256 i; i < _accounts.length; ++i) {
            total += market.creditOf(token, _accounts[i]);
        }
    }

    // ============================================================= internal

    function _terms(uint256 listingId, address buyer, uint32 quantity)
        internal
        view
        returns (Order memory terms)
    {
        (, uint16 arbiterFee,) = market.arbiterInfo(arbiter);
        terms = Order({
            buyer: buyer,
            token: market.getListing(listingId).token,
            amount: market.getListing(listingId).price * quantity,
            feeBps: market.platformFeeBps(),
            arbiter: arbiter,
            arbiterFeeBps: arbiterFee,
            shipDeadline: uint40(block.timestamp + 1 days)
        });
    }

    function _recordOrder(uint256 orderId, uint256 listingId, uint32 quantity, Order memory terms)
        internal
    {
        ghostStock[listingId] -= quantity; // checked: would panic on an oversell
        ghostEscrow[terms.token] += terms.amount;
        _orders.push(GhostOrder(orderId, terms, OrderStatus.Paid, 0, terms.amount));
    }

    function _finalise(uint256 i, OrderStatus status) internal {
        GhostOrder storage o = _orders[i];
        ghostEscrow[o.terms.token] -= o.escrow;
        o.status = status;
        ++payouts[o.id];
    }

    function _find(uint256 seed, OrderStatus status) internal view returns (bool, uint256) {
        uint256 n = _orders.length;
        for (uint256 k; k < n; ++k) {
            uint256 i = (seed % n + k) % n;
            if (_orders[i].status == status) return (true, i);
        }
        return (false, 0);
    }

    function _findBuyable(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = listings.length;
        for (uint256 k; k < n; ++k) {
            uint256 listingId = listings[(seed % n + k) % n];
            if (!ghostClosed[listingId] && ghostStock[listingId] != 0) return (true, listingId);
        }
        return (false, 0);
    }

    function _findOpen(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _orders.length;
        for (uint256 k; k < n; ++k) {
            uint256 i = (seed % n + k) % n;
            OrderStatus s = _orders[i].status;
            if (s == OrderStatus.Paid || s == OrderStatus.Shipped || s == OrderStatus.Disputed) {
                return (true, i);
            }
        }
        return (false, 0);
    }

    function _seller(uint256 id) internal pure returns (address) {
        return address(uint160(id >> 96));
    }
}
