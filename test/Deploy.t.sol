// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";

import {Deploy} from "../contracts/script/Deploy.s.sol";
import {MockUSDC} from "../contracts/mocks/MockUSDC.sol";
import {Marketplace} from "../contracts/src/Marketplace.sol";

contract DeployTest is Test {
    string internal constant MNEMONIC =
        "test test test test test test test test test test test junk";

    function _dev(uint32 i) internal pure returns (address) {
        return vm.addr(vm.deriveKey(MNEMONIC, i));
    }

    function test_local_deploysConfiguredMarketplace() public {
        vm.chainId(31_337);
        (Marketplace market, MockUSDC usdc) = new Deploy().run();
        assertEq(usdc.balanceOf(_dev(3)), 100_000e6);
        assertEq(market.treasury(), _dev(8));
        assertEq(market.platformFeeBps(), 250);
        assertEq(market.confirmationWindow(), 5 minutes);
        assertEq(market.rulingWindow(), 10 minutes);
        (, bool allowed) = market.tokenInfo(address(usdc));
        assertTrue(allowed);
        (, uint16 fee, bool approved) = market.arbiterInfo(_dev(9));
        assertTrue(approved);
        assertEq(fee, 200);
        assertEq(market.pendingOwner(), address(0));
    }

    function test_publicChain_readsEnvironment() public {
        vm.chainId(11_155_111);
        address token = address(new MockUSDC());
        vm.setEnv("AGORA_TREASURY", vm.toString(address(0xbeef)));
        vm.setEnv("AGORA_OWNER", vm.toString(address(0xcafe)));
        vm.setEnv("AGORA_FEE_BPS", "100");
        vm.setEnv("AGORA_CONFIRMATION_WINDOW", "86400");
        vm.setEnv("AGORA_RULING_WINDOW", "172800");
        vm.setEnv("AGORA_PAYMENT_TOKENS", vm.toString(token));
        vm.setEnv(
            "AGORA_ARBITERS",
            string.concat(vm.toString(address(0xa1)), ",", vm.toString(address(0xa2)))
        );
        vm.setEnv("AGORA_ARBITER_FEES", "300,450");
        (Marketplace market, MockUSDC usdc) = new Deploy().run();
        assertEq(address(usdc), address(0));
        assertEq(market.treasury(), address(0xbeef));
        assertEq(market.platformFeeBps(), 100);
        assertEq(market.confirmationWindow(), 1 days);
        assertEq(market.rulingWindow(), 2 days);
        (, bool allowed) = market.tokenInfo(token);
        assertTrue(allowed);
        (, uint16 fee, bool approved) = market.arbiterInfo(address(0xa1));
        assertTrue(approved);
        assertEq(fee, 300);
        (, fee, approved) = market.arbiterInfo(address(0xa2));
        assertTrue(approved);
        assertEq(fee, 450);
        // Ownership is offered to AGORA_OWNER, who must accept it.
        assertEq(market.pendingOwner(), address(0xcafe));
        vm.prank(address(0xcafe));
        market.acceptOwnership();
        assertEq(market.owner(), address(0xcafe));

        // One fee per arbiter, or the deploy stops before sending anything. (Here, not in a test of
        // its own: the environment is shared by tests running in parallel.)
        vm.setEnv("AGORA_ARBITER_FEES", "300");
        Deploy mismatched = new Deploy();
        vm.expectRevert(abi.encodeWithSelector(Deploy.ArbiterFeesMismatch.selector, 2, 1));
        mismatched.run();
    }

    function test_localDemo_onAnotherChain() public {
        vm.chainId(31_338);
        (Marketplace market, MockUSDC usdc) = new Deploy().deploy(true);
        assertEq(usdc.balanceOf(_dev(0)), 100_000e6);
        assertEq(market.confirmationWindow(), 5 minutes);
        (, bool allowed) = market.tokenInfo(address(usdc));
        assertTrue(allowed);
        (, uint16 fee, bool approved) = market.arbiterInfo(_dev(9));
        assertTrue(approved);
        assertEq(fee, 200);
    }
}
