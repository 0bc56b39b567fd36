// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {MarketplaceConfig} from "./MarketplaceConfig.sol";

/**
 * @title Payments
 * @notice Moves money in and out of escrow: payments in (exact ETH, or ERC-20 with a balance-delta
 *         check), payouts out (pushed, with a withdrawable credit as fallback), platform fees
 *         (accrued, then swept to the treasury) and withdrawals of credited balances.
 * @dev Solvency: for every token, the marketplace's balance is at least the sum of the open
 *      escrows, the credited balances and the accrued fees. Each of those is reduced before the
 *      matching transfer out, and every payment in is checked to have arrived in full.
 *
 *      A payout never blocks an order: if it fails (an ETH recipient that reverts or runs out of
 *      gas, a token that blocklists the recipient, returns false or runs out of gas), the amount
 *      is credited to the recipient, who can withdraw it later to any address. A token reporting
 *      failure is believed only as far as the marketplace's balance agrees: what left anyway
 *      counts as paid, so a payout is never both delivered and credited. Zero amounts are never
 *      transferred (some tokens revert on them).
 *
 *      A payout also never makes the caller's transaction arbitrarily expensive: ETH and token
 *      payouts alike forward a fixed amount of gas and copy at most one word of return data, so a
 *      token that calls the recipient back (ERC-777 or ERC-1363 style) cannot let the payee burn
 *      the caller's gas. Such tokens are not refused: their payouts are bounded like any other.
 */
abstract contract Payments is MarketplaceConfig {
    using SafeERC20 for IERC20;

    /// @notice Gas forwarded with a pushed ETH payout. Enough for smart-contract wallets; bounded
    ///         so that a recipient cannot make confirmations, releases or rulings of its orders
    ///         arbitrarily expensive for others. A recipient that needs more is credited instead.
    uint256 public constant ETH_PAYOUT_GAS = 100_000;

    /// @notice Gas forwarded with a pushed ERC-20 payout: several times what a plain transfer
    ///         costs (USDC's, through its proxy, ~30k), bounded for the same reason as ETH's.
    uint256 public constant TOKEN_PAYOUT_GAS = 150_000;

    mapping(address token => mapping(address account => uint256)) private _credits;
    mapping(address token => uint256) private _accruedFees;

    /**
     * @notice Withdraws the caller's whole credited balance in `token` (failed payouts) to `to`.
     * @dev Reverts if the transfer fails, so that the caller can pick another address.
     * @param token The token (address(0) for native ETH).
     * @param to The recipient, e.g. a fresh address if the caller's own is blocklisted.
     */
    function withdraw(address token, address to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = _credits[token][msg.sender];
        if (amount == 0) revert NothingToWithdraw(token, msg.sender);
        delete _credits[token][msg.sender];
        emit CreditWithdrawn(token, msg.sender, to, amount);
        _send(token, to, amount);
    }

    /**
     * @notice Sends every platform fee accrued in `token` to the treasury. Callable by anyone.
     * @param token The token (address(0) for native ETH).
     */
    function sweepFees(address token) external nonReentrant {
        uint256 amount = _accruedFees[token];
        if (amount == 0) revert NothingToWithdraw(token, address(this));
        delete _accruedFees[token];
        address to = treasury();
        emit FeesSwept(token, to, amount);
        _send(token, to, amount);
    }

    /// @notice The balance `account` can withdraw in `token` (failed payouts credited to it).
    function creditOf(address token, address account) external view returns (uint256) {
        return _credits[token][account];
    }

    /// @notice Platform fees accrued in `token` and not yet swept to the treasury.
    function accruedFees(address token) external view returns (uint256) {
        return _accruedFees[token];
    }

    // ============================================================= internal

    /**
     * @dev Takes `amount` of `token` from the caller. ETH must arrive as exactly msg.value; an
     *      ERC-20 payment must leave msg.value at 0 and raise the marketplace's balance by exactly
     *      `amount` (this refuses fee-on-transfer and similar tokens).
     */
    function _collect(address token, uint256 amount) internal {
        if (token == address(0)) {
            if (msg.value != amount) revert IncorrectPayment(amount, msg.value);
            return;
        }
        if (msg.value != 0) revert IncorrectPayment(0, msg.value);
        if (amount == 0) return;
        uint256 balanceBefore = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert TransferAmountMismatch(token, amount, received);
    }

    /// @dev Pays `amount` to `to`, crediting to `to`'s withdrawable balance what the transfer failed
    ///      to deliver.
    function _pay(address token, address to, uint256 amount) internal {
        if (amount == 0) return;
        uint256 unpaid;
        if (token == address(0)) {
            assembly ("memory-safe") {
                // No return data is copied: a recipient cannot make us pay for a large one.
                if iszero(call(ETH_PAYOUT_GAS, to, amount, 0, 0, 0, 0)) { unpaid := amount }
            }
        } else {
            unpaid = _tryTransfer(token, to, amount);
        }
        if (unpaid != 0) {
            _credits[token][to] += unpaid;
            emit PaymentCredited(token, to, unpaid);
        }
    }

    /**
     * @dev `token.transfer(to, amount)` with TOKEN_PAYOUT_GAS and one word of return data at most;
     *      it succeeded when it did not revert and returned true, or returned nothing (USDT-style
     *      tokens), as SafeERC20 has it. Returns what did not reach `to`: 0 on success, else the
     *      part of `amount` still held here. A token may report failure and still move the funds,
     *      so the marketplace's own balance is read around the call (reading it first also warms
     *      the token and our balance slot for the transfer, so that costs little more than a warm
     *      call); if it cannot be read, the whole amount counts as undelivered.
     */
    function _tryTransfer(address token, address to, uint256 amount)
        private
        returns (uint256 unpaid)
    {
        assembly ("memory-safe") {
            // balanceOf(address(this)), encoded in the scratch space (0x00..0x23)
            mstore(0, shl(224, 0x70a08231))
            mstore(0x04, address())
            // (Yul evaluates arguments right to left: returndatasize() is read after the call.)
            let known := staticcall(TOKEN_PAYOUT_GAS, token, 0, 0x24, 0, 0x20)
            known := and(known, gt(returndatasize(), 31))
            let balanceBefore := mload(0)

            let ptr := mload(0x40)
            // transfer(address,uint256)
            mstore(ptr, shl(224, 0xa9059cbb))
            mstore(add(ptr, 0x04), to)
            mstore(add(ptr, 0x24), amount)
            mstore(0, 0)
            let success := call(TOKEN_PAYOUT_GAS, token, 0, ptr, 0x44, 0, 0x20)
            // No return data counts only from a contract; any return data must be `true`.
            switch returndatasize()
            case 0 { success := and(success, gt(extcodesize(token), 0)) }
            default { success := and(success, and(gt(returndatasize(), 31), eq(mload(0), 1))) }

            if iszero(success) {
                unpaid := amount
                mstore(0, shl(224, 0x70a08231))
                mstore(0x04, address())
                let knownAfter := staticcall(TOKEN_PAYOUT_GAS, token, 0, 0x24, 0, 0x20)
                if and(known, and(knownAfter, gt(returndatasize(), 31))) {
                    let balanceAfter := mload(0)
                    // Tokens that left despite the reported failure were delivered.
                    if lt(balanceAfter, balanceBefore) {
                        let moved := sub(balanceBefore, balanceAfter)
                        unpaid := mul(lt(moved, amount), sub(amount, moved))
                    }
                }
            }
        }
    }

    /// @dev Adds a platform fee to the treasury's accrued balance (swept later in one transfer).
    function _accrueFee(address token, uint256 fee) internal {
        if (fee != 0) _accruedFees[token] += fee;
    }

    /// @dev Sends `amount` to `to` and reverts if that fails.
    function _send(address token, address to, uint256 amount) private {
        if (token == address(0)) {
            (bool success,) = to.call{value: amount}("");
            if (!success) revert EthTransferFailed(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }
}
