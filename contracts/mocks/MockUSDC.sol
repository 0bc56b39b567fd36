// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/**
 * @title MockUSDC
 * @notice A 6-decimal stablecoin with EIP-2612 permit, for local chains and tests only.
 * @dev WARNING: anyone can mint. Never deploy this to a public chain.
 */
contract MockUSDC is ERC20, ERC20Permit {
    constructor() ERC20("USD Coin (Agora local)", "USDC") ERC20Permit("USD Coin (Agora local)") {}

    /// @notice Mints `amount` base units to `to`: the local faucet.
    /// @param to The account credited.
    /// @param amount The amount in base units (6 decimals).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @inheritdoc ERC20
    function decimals() public pure override returns (uint8) {
        return 6;
    }
}
