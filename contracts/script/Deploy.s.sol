// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Script, console2} from "forge-std/Script.sol";
import {MockUSDC} from "../mocks/MockUSDC.sol";
import {Marketplace} from "../src/Marketplace.sol";

/**
 * @title Deploy
 * @notice Deploys Agora's contracts. On the local chain (31337) it also deploys a mock USDC, funds
 *         anvil's standard dev accounts with it and configures the marketplace for demos.
 * @dev Run by `npm start` against anvil, and by `npm run deploy -- --network <name>` (which turns
 *      the network's reviewed parameter file into the variables below); addresses are read back
 *      from the broadcast, never typed by hand.
 *
 *      Local-demo mode is the default on chain 31337 only; `AGORA_LOCAL_DEMO` (bool) overrides it,
 *      so a second local anvil with another chain id can be deployed the same way, and a
 *      parameter-file deploy never falls into it.
 *
 *      Local-demo mode, fixed parameters:
 *      - owner: the broadcasting account (anvil account 0);
 *      - treasury: anvil account 8; platform fee 2.5%;
 *      - arbiter: anvil account 9, fee 2%;
 *      - windows short enough for demos: 5 minutes to confirm or dispute, 10 minutes to rule;
 *      - MockUSDC allowlisted.
 *
 *      Any other chain reads its parameters from the environment:
 *      - `AGORA_TREASURY` (address, required): receiver of platform fees;
 *      - `AGORA_OWNER` (address, default: the broadcaster): final owner; when it differs from the
 *        broadcaster, ownership is offered to it (Ownable2Step: it must call `acceptOwnership`);
 *      - `AGORA_FEE_BPS` (uint, default 250): platform fee in basis points (at most 500);
 *      - `AGORA_CONFIRMATION_WINDOW` (seconds, default 604800 = 7 days);
 *      - `AGORA_RULING_WINDOW` (seconds, default 1209600 = 14 days);
 *      - `AGORA_PAYMENT_TOKENS` (comma-separated addresses, default none): ERC-20s to allowlist;
 *      - `AGORA_ARBITERS` (comma-separated addresses, default none): arbiters to approve;
 *      - `AGORA_ARBITER_FEES` (comma-separated uints, one per arbiter, in order): each arbiter's
 *        fee in basis points (at most 1000);
 *      - `AGORA_ARBITER_FEE_BPS` (uint, default 200): the fee of every arbiter when
 *        `AGORA_ARBITER_FEES` is not set.
 *      Fees and windows above the contract's bounds are left for its constructor to refuse.
 */
contract Deploy is Script {
    /// @dev anvil's ten standard dev accounts are derived from this well-known mnemonic.
    string internal constant DEV_MNEMONIC =
        "test test test test test test test test test test test junk";
    uint256 internal constant DEV_ACCOUNTS = 10;
    uint256 internal constant DEV_USDC_PER_ACCOUNT = 100_000e6;
    uint32 internal constant DEV_TREASURY_INDEX = 8;
    uint32 internal constant DEV_ARBITER_INDEX = 9;
    uint16 internal constant DEV_FEE_BPS = 250;
    uint16 internal constant DEV_ARBITER_FEE_BPS = 200;
    uint32 internal constant DEV_CONFIRMATION_WINDOW = 5 minutes;
    uint32 internal constant DEV_RULING_WINDOW = 10 minutes;

    /// @dev An environment variable does not fit its parameter.
    error EnvValueTooLarge(string name, uint256 value, uint256 max);
    /// @dev `AGORA_ARBITER_FEES` does not give exactly one fee per arbiter of `AGORA_ARBITERS`.
    error ArbiterFeesMismatch(uint256 arbiters, uint256 fees);

    /// @dev Deployment parameters of the marketplace.
    struct Params {
        address owner;
        address treasury;
        uint16 feeBps;
        uint32 confirmationWindow;
        uint32 rulingWindow;
        address[] tokens;
        address[] arbiters;
        uint16[] arbiterFeeBps;
    }

    /// @notice Deploys in local-demo mode on chain 31337, from the environment elsewhere, unless
    ///         `AGORA_LOCAL_DEMO` says otherwise.
    /// @return marketplace The deployed marketplace.
    /// @return usdc The mock USDC (local-demo mode only, else address(0)).
    function run() external returns (Marketplace marketplace, MockUSDC usdc) {
        return deploy(vm.envOr("AGORA_LOCAL_DEMO", block.chainid == 31_337));
    }

    /// @notice Deploys in the given mode (tests call this; the environment is process-wide).
    /// @param local Local-demo mode: mock USDC, funded dev accounts, short windows.
    /// @return marketplace The deployed marketplace.
    /// @return usdc The mock USDC (local-demo mode only, else address(0)).
    function deploy(bool local) public returns (Marketplace marketplace, MockUSDC usdc) {
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        Params memory params;
        if (local) {
            usdc = new MockUSDC();
            for (uint32 i = 0; i < DEV_ACCOUNTS; ++i) {
                usdc.mint(_devAccount(i), DEV_USDC_PER_ACCOUNT);
            }
            console2.log("MockUSDC", address(usdc));
            params = _localParams(deployer, address(usdc));
        } else {
            params = _envParams(deployer);
        }
        marketplace = _deployMarketplace(deployer, params);
        console2.log("Marketplace", address(marketplace));
        vm.stopBroadcast();
    }

    function _deployMarketplace(address deployer, Params memory params)
        internal
        returns (Marketplace marketplace)
    {
        marketplace = new Marketplace(
            deployer, params.treasury, params.feeBps, params.confirmationWindow, params.rulingWindow
        );
        for (uint256 i = 0; i < params.tokens.length; ++i) {
            marketplace.allowToken(params.tokens[i]);
        }
        for (uint256 i = 0; i < params.arbiters.length; ++i) {
            marketplace.approveArbiter(params.arbiters[i], params.arbiterFeeBps[i]);
        }
        if (params.owner != deployer) marketplace.transferOwnership(params.owner);
    }

    function _localParams(address deployer, address usdc)
        internal
        pure
        returns (Params memory params)
    {
        params.owner = deployer;
        params.treasury = _devAccount(DEV_TREASURY_INDEX);
        params.feeBps = DEV_FEE_BPS;
        params.confirmationWindow = DEV_CONFIRMATION_WINDOW;
        params.rulingWindow = DEV_RULING_WINDOW;
        params.tokens = new address[](1);
        params.tokens[0] = usdc;
        params.arbiters = new address[](1);
        params.arbiters[0] = _devAccount(DEV_ARBITER_INDEX);
        params.arbiterFeeBps = new uint16[](1);
        params.arbiterFeeBps[0] = DEV_ARBITER_FEE_BPS;
    }

    function _envParams(address deployer) internal view returns (Params memory params) {
        address[] memory none = new address[](0);
        params.owner = vm.envOr("AGORA_OWNER", deployer);
        params.treasury = vm.envAddress("AGORA_TREASURY");
        params.feeBps = uint16(_envUint("AGORA_FEE_BPS", 250, type(uint16).max));
        params.confirmationWindow =
            uint32(_envUint("AGORA_CONFIRMATION_WINDOW", 7 days, type(uint32).max));
        params.rulingWindow = uint32(_envUint("AGORA_RULING_WINDOW", 14 days, type(uint32).max));
        params.tokens = vm.envOr("AGORA_PAYMENT_TOKENS", ",", none);
        params.arbiters = vm.envOr("AGORA_ARBITERS", ",", none);
        params.arbiterFeeBps = _arbiterFees(params.arbiters.length);
    }

    /// @dev One fee per arbiter: `AGORA_ARBITER_FEES` in order, else `AGORA_ARBITER_FEE_BPS` for all.
    function _arbiterFees(uint256 count) internal view returns (uint16[] memory fees) {
        uint256[] memory listed = vm.envOr("AGORA_ARBITER_FEES", ",", new uint256[](0));
        if (listed.length != 0 && listed.length != count) {
            revert ArbiterFeesMismatch(count, listed.length);
        }
        uint16 shared = uint16(_envUint("AGORA_ARBITER_FEE_BPS", 200, type(uint16).max));
        fees = new uint16[](count);
        for (uint256 i = 0; i < count; ++i) {
            if (listed.length == 0) {
                fees[i] = shared;
            } else {
                if (listed[i] > type(uint16).max) {
                    revert EnvValueTooLarge("AGORA_ARBITER_FEES", listed[i], type(uint16).max);
                }
                // forge-lint: disable-next-line(unsafe-typecast)
                fees[i] = uint16(listed[i]); // checked against uint16's maximum just above
            }
        }
    }

    /// @dev An optional numeric variable, refused (not truncated) above `max`.
    function _envUint(string memory name, uint256 defaultValue, uint256 max)
        internal
        view
        returns (uint256 value)
    {
        value = vm.envOr(name, defaultValue);
        if (value > max) revert EnvValueTooLarge(name, value, max);
    }

    function _devAccount(uint32 index) internal pure returns (address) {
        return vm.addr(vm.deriveKey(DEV_MNEMONIC, index));
    }
}
