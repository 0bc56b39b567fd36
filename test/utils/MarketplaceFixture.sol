// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";

import {MockUSDC} from "../../contracts/mocks/MockUSDC.sol";
import {Marketplace} from "../../contracts/src/Marketplace.sol";
import {IMarketplaceEvents} from "../../contracts/src/interfaces/IMarketplaceEvents.sol";
import {
    CartItem,
    Coupon,
    ListingInfo,
    Order,
    OrderStatus,
    Permit
} from "../../contracts/src/lib/MarketplaceTypes.sol";

/// @notice Shared deployment, actors and helpers of the marketplace tests.
abstract contract MarketplaceFixture is Test, IMarketplaceEvents {
    uint16 internal constant FEE_BPS = 250;
    uint16 internal constant ARBITER_FEE_BPS = 200;
    uint32 internal constant CONFIRM_WINDOW = 3 days;
    uint32 internal constant RULING_WINDOW = 7 days;
    uint32 internal constant SHIP_WINDOW = 2 days;
    uint96 internal constant ETH_PRICE = 0.1 ether;
    uint96 internal constant USDC_PRICE = 25e6;
    address internal constant ETH = address(0);

    bytes internal constant CID =
        hex"01701220aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899";
    bytes internal constant CID2 =
        hex"1220c3c4733ec8affd06cf9e9ff50ffc6bcd2ec85a6170004bb709669c31de94391a";

    Marketplace internal market;
    MockUSDC internal usdc;

    address internal owner = makeAddr("owner");
    address internal treasury = makeAddr("treasury");
    address internal arbiter = makeAddr("arbiter");
    address internal seller;
    uint256 internal sellerKey;
    address internal seller2;
    uint256 internal seller2Key;
    address internal buyer;
    uint256 internal buyerKey;
    address internal buyer2 = makeAddr("buyer2");
    address internal stranger = makeAddr("stranger");

    function setUp() public virtual {
        (seller, sellerKey) = makeAddrAndKey("seller");
        (seller2, seller2Key) = makeAddrAndKey("seller2");
        (buyer, buyerKey) = makeAddrAndKey("buyer");
        market = new Marketplace(owner, treasury, FEE_BPS, CONFIRM_WINDOW, RULING_WINDOW);
        usdc = new MockUSDC();
        vm.startPrank(owner);
        market.allowToken(address(usdc));
        market.approveArbiter(arbiter, ARBITER_FEE_BPS);
        vm.stopPrank();
        address[4] memory funded = [buyer, buyer2, seller, seller2];
        for (uint256 i; i < funded.length; ++i) {
            vm.deal(funded[i], 1000 ether);
            usdc.mint(funded[i], 1_000_000e6);
            vm.prank(funded[i]);
            usdc.approve(address(market), type(uint256).max);
        }
        vm.warp(1_700_000_000);
    }

    // ------------------------------------------------------------- listings

    function _list(address seller_, address token, uint96 price, uint32 stock)
        internal
        returns (uint256 listingId)
    {
        vm.prank(seller_);
        listingId = market.createListing(token, price, stock, arbiter, SHIP_WINDOW, CID);
    }

    function _listEth() internal returns (uint256) {
        return _list(seller, ETH, ETH_PRICE, 10);
    }

    function _listUsdc() internal returns (uint256) {
        return _list(seller, address(usdc), USDC_PRICE, 10);
    }

    // --------------------------------------------------------------- orders

    /// @dev The terms a purchase of `amount` on `listingId` by `buyer_` made now will have.
    function _terms(uint256 listingId, address buyer_, uint256 amount)
        internal
        view
        returns (Order memory order)
    {
        ListingInfo memory info = market.getListing(listingId);
        (, uint16 arbiterFee,) = market.arbiterInfo(info.arbiter);
        order = Order({
            buyer: buyer_,
            token: info.token,
            amount: amount,
            feeBps: market.platformFeeBps(),
            arbiter: info.arbiter,
            arbiterFeeBps: arbiterFee,
            shipDeadline: uint40(block.timestamp + info.shippingWindow)
        });
    }

    function _buy(address buyer_, uint256 listingId, uint32 quantity)
        internal
        returns (uint256 orderId, Order memory order)
    {
        ListingInfo memory info = market.getListing(listingId);
        uint256 amount = info.price * quantity;
        order = _terms(listingId, buyer_, amount);
        vm.prank(buyer_);
        orderId = market.purchase{value: info.token == ETH ? amount : 0}(
            listingId, quantity, amount, CID
        );
    }

    function _buyEth() internal returns (uint256 orderId, Order memory order) {
        return _buy(buyer, _listEth(), 1);
    }

    function _buyUsdc() internal returns (uint256 orderId, Order memory order) {
        return _buy(buyer, _listUsdc(), 1);
    }

    function _ship(uint256 orderId, Order memory order) internal {
        vm.prank(_sellerOf(orderId));
        market.shipOrder(orderId, order, CID);
    }

    function _dispute(uint256 orderId, Order memory order) internal {
        vm.prank(order.buyer);
        market.openDispute(orderId, order, CID);
    }

    function _confirm(uint256 orderId, Order memory order) internal {
        vm.prank(order.buyer);
        market.confirmReceipt(orderId, order);
    }

    function _status(uint256 orderId) internal view returns (OrderStatus status) {
        (status,) = market.orderStatus(orderId);
    }

    function _sellerOf(uint256 id) internal pure returns (address) {
        return address(uint160(id >> 96));
    }

    function _listingOf(uint256 orderId) internal pure returns (uint256) {
        return orderId & ~uint256(type(uint48).max);
    }

    // -------------------------------------------------------------- coupons

    function _coupon(address seller_, uint256 listingId, address token, uint8 kind, uint256 value)
        internal
        view
        returns (Coupon memory)
    {
        return Coupon({
            seller: seller_,
            listingId: listingId,
            token: token,
            kind: kind,
            value: value,
            buyer: address(0),
            expiry: 0,
            maxRedemptions: 0,
            salt: 1,
            chainId: block.chainid,
            marketplace: address(market)
        });
    }

    function _sign(Coupon memory coupon, uint256 key) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, market.couponHash(coupon));
        return abi.encodePacked(r, s, v);
    }

    function _item(uint256 listingId, uint32 quantity)
        internal
        pure
        returns (CartItem memory item)
    {
        item.listingId = listingId;
        item.quantity = quantity;
        item.shippingCid = CID;
    }

    function _itemWithCoupon(
        uint256 listingId,
        uint32 quantity,
        Coupon memory coupon,
        bytes memory signature
    ) internal pure returns (CartItem memory item) {
        item = _item(listingId, quantity);
        item.coupon = coupon;
        item.couponSignature = signature;
    }

    function _items1(CartItem memory a) internal pure returns (CartItem[] memory items) {
        items = new CartItem[](1);
        items[0] = a;
    }

    function _items2(CartItem memory a, CartItem memory b)
        internal
        pure
        returns (CartItem[] memory items)
    {
        items = new CartItem[](2);
        (items[0], items[1]) = (a, b);
    }

    // --------------------------------------------------------------- permit

    function _permit(uint256 key, address token, uint256 value, uint256 deadline)
        internal
        view
        returns (Permit memory permit)
    {
        address owner_ = vm.addr(key);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                owner_,
                address(market),
                value,
                MockUSDC(token).nonces(owner_),
                deadline
            )
        );
        bytes32 digest =
            keccak256(abi.encodePacked("\x19\x01", MockUSDC(token).DOMAIN_SEPARATOR(), structHash));
        (permit.v, permit.r, permit.s) = vm.sign(key, digest);
        (permit.value, permit.deadline) = (value, deadline);
    }

    // ------------------------------------------------------------- balances

    function _balance(address token, address account) internal view returns (uint256) {
        return token == ETH ? account.balance : MockUSDC(token).balanceOf(account);
    }

    function _err(bytes4 selector) internal pure returns (bytes memory) {
        return abi.encodePacked(selector);
    }
}
