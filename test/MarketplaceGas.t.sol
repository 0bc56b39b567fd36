// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CartItem, Order} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

/**
 * @notice One hot-path operation per test, in the warm steady state, so that `.gas-snapshot`
 *         tracks exactly the operations with gas budgets (the receipt figures with the 21,000
 *         base come from `contracts/bench/gas.ts`).
 */
contract MarketplaceGasTest is MarketplaceFixture {
    uint256 internal ethListing;
    uint256 internal usdcListing;
    uint256 internal usdcListing2;
    uint256 internal usdcListing3;
    uint256 internal usdcListing4;
    uint256 internal ethOrder;
    Order internal ethTerms;
    uint256 internal usdcOrder;
    Order internal usdcTerms;

    function setUp() public override {
        super.setUp();
        ethListing = _list(seller, ETH, ETH_PRICE, 100);
        usdcListing = _list(seller, address(usdc), USDC_PRICE, 100);
        usdcListing2 = _list(seller2, address(usdc), USDC_PRICE, 100);
        usdcListing3 = _list(seller2, address(usdc), USDC_PRICE, 100);
        usdcListing4 = _list(buyer2, address(usdc), USDC_PRICE, 100);
        // Warm-up: a first order of each kind, confirmed, so balances and fee slots are non-zero.
        (uint256 id, Order memory terms) = _buy(buyer, ethListing, 1);
        _confirm(id, terms);
        (id, terms) = _buy(buyer, usdcListing, 1);
        _confirm(id, terms);
        (ethOrder, ethTerms) = _buy(buyer, ethListing, 1);
        (usdcOrder, usdcTerms) = _buy(buyer, usdcListing, 1);
        _ship(ethOrder, ethTerms);
        _ship(usdcOrder, usdcTerms);
    }

    function test_gas_createListing() public {
        vm.prank(seller);
        market.createListing(address(usdc), USDC_PRICE, 10, arbiter, SHIP_WINDOW, CID);
    }

    function test_gas_purchaseEth() public {
        vm.prank(buyer);
        market.purchase{value: ETH_PRICE}(ethListing, 1, ETH_PRICE, CID);
    }

    function test_gas_purchaseErc20() public {
        vm.prank(buyer);
        market.purchase(usdcListing, 1, USDC_PRICE, CID);
    }

    function test_gas_confirmEth() public {
        vm.prank(buyer);
        market.confirmReceipt(ethOrder, ethTerms);
    }

    function test_gas_confirmErc20() public {
        vm.prank(buyer);
        market.confirmReceipt(usdcOrder, usdcTerms);
    }

    function test_gas_cart5Listings3Sellers() public {
        CartItem[] memory items = new CartItem[](5);
        (items[0], items[1], items[2]) =
        (_item(usdcListing, 1), _item(usdcListing, 1), _item(usdcListing2, 1));
        (items[3], items[4]) = (_item(usdcListing3, 1), _item(usdcListing4, 1));
        vm.prank(buyer);
        market.checkout(items, 5 * USDC_PRICE);
    }
}
