// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Script, console2} from "forge-std/Script.sol";
import {MockUSDC} from "../mocks/MockUSDC.sol";

/**
 * @title Deploy
 * @notice Deploys Agora's contracts. On the local chain (31337) it also deploys a mock USDC and
 *         funds anvil's standard dev accounts with it.
 * @dev Run by `npm start` against anvil; public chains pass their parameters through the
 *      environment (see README). Addresses are read back from the broadcast, never typed by hand.
 */
contract Deploy is Script {
    /// @dev anvil's ten standard dev accounts are derived from this well-known mnemonic.
    string internal constant DEV_MNEMONIC = "test test test test test test test test test test test junk";
    uint256 internal constant DEV_ACCOUNTS = 10;
    uint256 internal constant DEV_USDC_PER_ACCOUNT = 100_000e6;

    function run() external {
        bool local = block.chainid == 31_337;
        vm.startBroadcast();
        if (local) {
            MockUSDC usdc = new MockUSDC();
            for (uint32 i = 0; i < DEV_ACCOUNTS; ++i) {
                usdc.mint(vm.addr(vm.deriveKey(DEV_MNEMONIC, i)), DEV_USDC_PER_ACCOUNT);
            }
            console2.log("MockUSDC", address(usdc));
        }
        vm.stopBroadcast();
    }
}
