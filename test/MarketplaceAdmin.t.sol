// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {Marketplace} from "../contracts/src/Marketplace.sol";
import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {PlainToken} from "./mocks/AdversarialTokens.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceAdminTest is MarketplaceFixture {
    error ConfigSlotNotFound();

    function test_constructor_setsConfigAndEmits() public {
        vm.expectEmit(false, false, false, true);
        emit WindowsSet(1, 2);
        Marketplace m = new Marketplace(owner, treasury, 500, 1, 2);
        assertEq(m.owner(), owner);
        assertEq(m.treasury(), treasury);
        assertEq(m.platformFeeBps(), 500);
        assertEq(m.confirmationWindow(), 1);
        assertEq(m.rulingWindow(), 2);
        assertFalse(m.paused());
        assertEq(m.listingCount(), 0);
    }

    function test_constructor_revertsOnBadParams() public {
        vm.expectRevert(MarketplaceErrors.InvalidWindow.selector);
        new Marketplace(owner, treasury, 0, 0, 1);
        vm.expectRevert(MarketplaceErrors.InvalidWindow.selector);
        new Marketplace(owner, treasury, 0, 1, 0);
        vm.expectRevert(MarketplaceErrors.ZeroAddress.selector);
        new Marketplace(owner, address(0), 0, 1, 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.PlatformFeeTooHigh.selector, 501, 500)
        );
        new Marketplace(owner, treasury, 501, 1, 1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new Marketplace(address(0), treasury, 0, 1, 1);
    }

    // ---------------------------------------------------------------- tokens

    function test_allowToken_assignsIdsAndReallowsWithSameId() public {
        PlainToken a = new PlainToken();
        PlainToken b = new PlainToken();
        vm.startPrank(owner);
        vm.expectEmit(address(market));
        emit TokenAllowed(address(a), 2);
        market.allowToken(address(a));
        market.allowToken(address(b));
        (uint16 idB, bool allowedB) = market.tokenInfo(address(b));
        assertEq(idB, 3);
        assertTrue(allowedB);

        vm.expectEmit(address(market));
        emit TokenRemoved(address(a), 2);
        market.removeToken(address(a));
        (uint16 idA, bool allowedA) = market.tokenInfo(address(a));
        assertEq(idA, 2);
        assertFalse(allowedA);

        market.allowToken(address(a));
        (idA, allowedA) = market.tokenInfo(address(a));
        assertEq(idA, 2);
        assertTrue(allowedA);
        vm.stopPrank();
    }

    function test_allowToken_reverts() public {
        vm.startPrank(owner);
        vm.expectRevert(MarketplaceErrors.ZeroAddress.selector);
        market.allowToken(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.TokenAlreadyAllowed.selector, address(usdc))
        );
        market.allowToken(address(usdc));
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        market.allowToken(address(1));
    }

    function test_allowToken_revertsWhenRegistryFull() public {
        // _tokenCount and _arbiterCount share the slot after the config slot.
        bytes32 slot = _countsSlot();
        bytes32 word = vm.load(address(market), slot);
        vm.store(address(market), slot, word | bytes32(uint256(type(uint16).max)));
        PlainToken token = new PlainToken();
        vm.expectRevert(MarketplaceErrors.RegistryFull.selector);
        vm.prank(owner);
        market.allowToken(address(token));
    }

    function test_removeToken_reverts() public {
        vm.startPrank(owner);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.TokenNotAllowed.selector, address(7))
        );
        market.removeToken(address(7));
        market.removeToken(address(usdc));
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.TokenNotAllowed.selector, address(usdc))
        );
        market.removeToken(address(usdc));
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        market.removeToken(address(usdc));
    }

    // -------------------------------------------------------------- arbiters

    function test_approveArbiter_newUpdateRemoveReapprove() public {
        address other = makeAddr("other arbiter");
        vm.startPrank(owner);
        vm.expectEmit(address(market));
        emit ArbiterApproved(other, 2, 1000);
        market.approveArbiter(other, 1000);
        (uint16 id, uint16 fee, bool approved) = market.arbiterInfo(other);
        assertEq(id, 2);
        assertEq(fee, 1000);
        assertTrue(approved);

        market.approveArbiter(other, 50); // fee change keeps the id
        (id, fee, approved) = market.arbiterInfo(other);
        assertEq(id, 2);
        assertEq(fee, 50);
        assertTrue(approved);

        vm.expectEmit(address(market));
        emit ArbiterRemoved(other, 2);
        market.removeArbiter(other);
        (id, fee, approved) = market.arbiterInfo(other);
        assertEq(id, 2);
        assertFalse(approved);

        market.approveArbiter(other, 70);
        (id, fee, approved) = market.arbiterInfo(other);
        assertEq(id, 2);
        assertEq(fee, 70);
        assertTrue(approved);
        vm.stopPrank();

        (id,, approved) = market.arbiterInfo(stranger);
        assertEq(id, 0);
        assertFalse(approved);
    }

    function test_approveArbiter_reverts() public {
        vm.startPrank(owner);
        vm.expectRevert(MarketplaceErrors.ZeroAddress.selector);
        market.approveArbiter(address(0), 0);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ArbiterFeeTooHigh.selector, 1001, 1000)
        );
        market.approveArbiter(stranger, 1001);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ArbiterNotApproved.selector, stranger)
        );
        market.removeArbiter(stranger);
        vm.stopPrank();
        vm.startPrank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        market.approveArbiter(stranger, 0);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        market.removeArbiter(arbiter);
        vm.stopPrank();
    }

    function test_approveArbiter_revertsWhenRegistryFull() public {
        bytes32 slot = _countsSlot();
        bytes32 word = vm.load(address(market), slot);
        vm.store(address(market), slot, word | bytes32(uint256(type(uint16).max) << 16));
        vm.expectRevert(MarketplaceErrors.RegistryFull.selector);
        vm.prank(owner);
        market.approveArbiter(stranger, 0);
    }

    // ------------------------------------------------------ fee and treasury

    function test_setPlatformFee() public {
        vm.expectEmit(address(market));
        emit PlatformFeeUpdated(500);
        vm.prank(owner);
        market.setPlatformFee(500);
        assertEq(market.platformFeeBps(), 500);

        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.PlatformFeeTooHigh.selector, 501, 500)
        );
        vm.prank(owner);
        market.setPlatformFee(501);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        market.setPlatformFee(0);
    }

    function test_setTreasury() public {
        vm.expectEmit(address(market));
        emit TreasuryUpdated(stranger);
        vm.prank(owner);
        market.setTreasury(stranger);
        assertEq(market.treasury(), stranger);

        vm.expectRevert(MarketplaceErrors.ZeroAddress.selector);
        vm.prank(owner);
        market.setTreasury(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        market.setTreasury(stranger);
    }

    // ------------------------------------------------------------------ pause

    function test_pause_unpause() public {
        vm.startPrank(owner);
        vm.expectEmit(address(market));
        emit Paused(owner);
        market.pause();
        assertTrue(market.paused());
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.PauseStateUnchanged.selector, true)
        );
        market.pause();
        vm.expectEmit(address(market));
        emit Unpaused(owner);
        market.unpause();
        assertFalse(market.paused());
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.PauseStateUnchanged.selector, false)
        );
        market.unpause();
        vm.stopPrank();

        vm.startPrank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        market.pause();
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        market.unpause();
        vm.stopPrank();
    }

    function test_ownership_isTwoStep() public {
        vm.prank(owner);
        market.transferOwnership(stranger);
        assertEq(market.owner(), owner);
        assertEq(market.pendingOwner(), stranger);
        vm.prank(stranger);
        market.acceptOwnership();
        assertEq(market.owner(), stranger);
    }

    /// @dev Storage slot of the packed (tokenCount, arbiterCount) pair: right after the config slot.
    function _countsSlot() internal view returns (bytes32) {
        // Find the config slot by its content (treasury in the low 160 bits).
        for (uint256 i; i < 20; ++i) {
            bytes32 word = vm.load(address(market), bytes32(i));
            if (address(uint160(uint256(word))) == treasury) return bytes32(i + 1);
        }
        revert ConfigSlotNotFound();
    }
}
