// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {ListingInfo, ListingStatus, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceListingsTest is MarketplaceFixture {
    function test_createListing_storesPackedAndEmits() public {
        uint256 expectedId = (uint256(uint160(seller)) << 96) | (1 << 48);
        vm.expectEmit(address(market));
        emit ListingCreated(
            expectedId, seller, address(usdc), USDC_PRICE, 7, arbiter, SHIP_WINDOW, CID
        );
        uint256 listingId = _list(seller, address(usdc), USDC_PRICE, 7);
        assertEq(listingId, expectedId);
        assertEq(market.listingCount(), 1);

        ListingInfo memory info = market.getListing(listingId);
        assertEq(info.seller, seller);
        assertEq(info.token, address(usdc));
        assertEq(info.arbiter, arbiter);
        assertEq(info.price, USDC_PRICE);
        assertEq(info.stock, 7);
        assertEq(info.orderCount, 0);
        assertEq(info.shippingWindow, SHIP_WINDOW);
        assertEq(uint8(info.status), uint8(ListingStatus.Active));

        uint256 second = _list(seller2, ETH, 1, 0);
        assertEq(second, (uint256(uint160(seller2)) << 96) | (2 << 48));
        assertEq(market.getListing(second).token, ETH);
    }

    function test_createListing_reverts() public {
        vm.startPrank(seller);
        vm.expectRevert(MarketplaceErrors.InvalidPrice.selector);
        market.createListing(ETH, 0, 1, arbiter, SHIP_WINDOW, CID);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.InvalidShippingWindow.selector, 0));
        market.createListing(ETH, 1, 1, arbiter, 0, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.InvalidShippingWindow.selector, 365 days + 1)
        );
        market.createListing(ETH, 1, 1, arbiter, 365 days + 1, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.TokenNotAllowed.selector, address(0xdead))
        );
        market.createListing(address(0xdead), 1, 1, arbiter, SHIP_WINDOW, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ArbiterNotApproved.selector, stranger)
        );
        market.createListing(ETH, 1, 1, stranger, SHIP_WINDOW, CID);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.ArbiterConflict.selector, seller));
        market.createListing(ETH, 1, 1, seller, SHIP_WINDOW, CID);
        // The maximum window is accepted.
        market.createListing(ETH, 1, 1, arbiter, 365 days, CID);
        vm.stopPrank();
    }

    function test_createListing_refusesRemovedTokenAndArbiter() public {
        vm.startPrank(owner);
        market.removeToken(address(usdc));
        market.removeArbiter(arbiter);
        vm.stopPrank();
        vm.startPrank(seller);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.TokenNotAllowed.selector, address(usdc))
        );
        market.createListing(address(usdc), 1, 1, arbiter, SHIP_WINDOW, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ArbiterNotApproved.selector, arbiter)
        );
        market.createListing(ETH, 1, 1, arbiter, SHIP_WINDOW, CID);
        vm.stopPrank();
    }

    function test_createListing_revertsWhilePaused() public {
        vm.prank(owner);
        market.pause();
        vm.expectRevert(MarketplaceErrors.MarketplacePaused.selector);
        vm.prank(seller);
        market.createListing(ETH, 1, 1, arbiter, SHIP_WINDOW, CID);
    }

    function test_updateListing() public {
        uint256 listingId = _listUsdc();
        vm.expectEmit(address(market));
        emit ListingUpdated(listingId, seller, 99, 3);
        vm.prank(seller);
        market.updateListing(listingId, 99, 3);
        ListingInfo memory info = market.getListing(listingId);
        assertEq(info.price, 99);
        assertEq(info.stock, 3);
    }

    function test_updateListing_worksWhilePaused() public {
        uint256 listingId = _listUsdc();
        vm.prank(owner);
        market.pause();
        vm.prank(seller);
        market.updateListing(listingId, 5, 5);
        vm.prank(seller);
        market.updateListingMetadata(listingId, CID2);
        vm.prank(seller);
        market.closeListing(listingId);
    }

    function test_updateListing_reverts() public {
        uint256 listingId = _listUsdc();
        vm.expectRevert(MarketplaceErrors.InvalidPrice.selector);
        vm.prank(seller);
        market.updateListing(listingId, 0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotListingSeller.selector, listingId, stranger)
        );
        vm.prank(stranger);
        market.updateListing(listingId, 1, 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ListingNotFound.selector, listingId + 1)
        );
        vm.prank(seller);
        market.updateListing(listingId + 1, 1, 1);
    }

    function test_updateListingMetadata() public {
        uint256 listingId = _listUsdc();
        vm.expectEmit(address(market));
        emit ListingMetadataUpdated(listingId, seller, CID2);
        vm.prank(seller);
        market.updateListingMetadata(listingId, CID2);

        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotListingSeller.selector, listingId, stranger)
        );
        vm.prank(stranger);
        market.updateListingMetadata(listingId, CID2);
    }

    function test_closeListing() public {
        uint256 listingId = _listUsdc();
        vm.expectEmit(address(market));
        emit ListingClosed(listingId, seller);
        vm.prank(seller);
        market.closeListing(listingId);
        ListingInfo memory info = market.getListing(listingId);
        assertEq(uint8(info.status), uint8(ListingStatus.Closed));
        assertEq(info.stock, 0);

        vm.startPrank(seller);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ListingIsClosed.selector, listingId)
        );
        market.closeListing(listingId);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ListingIsClosed.selector, listingId)
        );
        market.updateListing(listingId, 1, 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ListingIsClosed.selector, listingId)
        );
        market.updateListingMetadata(listingId, CID);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ListingIsClosed.selector, listingId)
        );
        vm.prank(buyer);
        market.purchase(listingId, 1, type(uint256).max, CID);
    }

    function test_closeListing_leavesOpenOrdersIntact() public {
        (uint256 orderId,) = _buyUsdc();
        vm.prank(seller);
        market.closeListing(_listingOf(orderId));
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Paid));
    }

    function test_closeListing_revertsForStranger() public {
        uint256 listingId = _listUsdc();
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotListingSeller.selector, listingId, stranger)
        );
        vm.prank(stranger);
        market.closeListing(listingId);
    }

    function test_getListing_unknownIsEmpty() public view {
        ListingInfo memory info = market.getListing(12_345);
        assertEq(info.seller, address(0));
        assertEq(uint8(info.status), uint8(ListingStatus.None));
    }
}
