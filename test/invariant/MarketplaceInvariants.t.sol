// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Marketplace} from "../../contracts/src/Marketplace.sol";
import {OrderStatus} from "../../contracts/src/lib/MarketplaceTypes.sol";
import {BlocklistToken, NoReturnToken} from "../mocks/AdversarialTokens.sol";
import {MarketplaceHandler} from "./MarketplaceHandler.sol";

contract MarketplaceInvariantsTest is Test {
    Marketplace internal market;
    MarketplaceHandler internal handler;

    function setUp() public {
        address owner = makeAddr("owner");
        address arbiter = makeAddr("arbiter");
        market = new Marketplace(owner, makeAddr("treasury"), 250, 3 days, 7 days);
        address[] memory tokens = new address[](4);
        tokens[1] = address(new BlocklistToken()); // never blocklists: a plain token
        tokens[2] = address(new NoReturnToken());
        tokens[3] = address(new BlocklistToken()); // the handler toggles its blocklist
        vm.startPrank(owner);
        for (uint256 i = 1; i < tokens.length; ++i) {
            market.allowToken(tokens[i]);
        }
        market.approveArbiter(arbiter, 300);
        vm.stopPrank();
        handler = new MarketplaceHandler(market, arbiter, tokens);
        targetContract(address(handler));
        vm.warp(1_700_000_000);
    }

    /// @notice Per token: the marketplace holds at least open escrow + credits + accrued fees...
    function invariant_solvent() public view {
        for (uint256 t; t < handler.tokenCount(); ++t) {
            address token = handler.tokens(t);
            uint256 owed = handler.ghostEscrow(token) + handler.totalCredits(token)
                + market.accruedFees(token);
            assertGe(_balance(token), owed, "insolvent");
        }
    }

    /// @notice ... and exactly that: nothing is lost or created.
    function invariant_exactAccounting() public view {
        for (uint256 t; t < handler.tokenCount(); ++t) {
            address token = handler.tokens(t);
            uint256 owed = handler.ghostEscrow(token) + handler.totalCredits(token)
                + market.accruedFees(token);
            assertEq(_balance(token), owed, "accounting drift");
        }
    }

    /// @notice Stock on chain always equals the ghost stock, which panics on any underflow.
    function invariant_stockNeverUnderflows() public view {
        for (uint256 i; i < handler.listingCount(); ++i) {
            uint256 listingId = handler.listings(i);
            assertEq(
                market.getListing(listingId).stock, handler.ghostStock(listingId), "stock drift"
            );
        }
    }

    /// @notice Every order paid out at most once, and exactly once when final.
    function invariant_noOrderPaysTwice() public view {
        assertEq(handler.doublePayouts(), 0, "double payout");
        for (uint256 i; i < handler.orderCount(); ++i) {
            (uint256 id, OrderStatus ghost) = handler.orderAt(i);
            (OrderStatus status,) = market.orderStatus(id);
            assertEq(uint8(status), uint8(ghost), "status drift");
            bool final_ = ghost == OrderStatus.Completed || ghost == OrderStatus.Refunded;
            assertEq(handler.payouts(id), final_ ? 1 : 0, "payout count");
        }
    }

    function _balance(address token) internal view returns (uint256) {
        return
            token == address(0) ? address(market).balance : IERC20(token).balanceOf(address(market));
    }
}
