// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IMarketplaceEvents} from "../interfaces/IMarketplaceEvents.sol";
import {MarketplaceErrors} from "../interfaces/MarketplaceErrors.sol";

/**
 * @title MarketplaceConfig
 * @notice Owner-administered settings: platform fee and treasury, the payment-token allowlist,
 *         the approved arbiters, and the pause switch.
 * @dev The fee, the pause flag, the treasury and the listing counter share one storage slot, so a
 *      purchase reads everything it needs from the configuration with a single SLOAD.
 *
 *      Tokens and arbiters get a small numeric id on first approval (never reused, never
 *      reassigned), which is what a one-slot listing stores. Removing a token or an arbiter only
 *      stops new listings and purchases from using it: every open order carries its own token,
 *      arbiter and fee rates, so removal never strands funds.
 *
 *      IMPORTANT: the owner cannot touch escrowed funds, withdrawable balances or open orders;
 *      it can only change the terms of future orders.
 */
abstract contract MarketplaceConfig is
    Ownable2Step,
    ReentrancyGuardTransient,
    IMarketplaceEvents,
    MarketplaceErrors
{
    /// @notice Basis-point denominator.
    uint256 internal constant BPS = 10_000;
    /// @notice Upper bound of the platform fee: 5%.
    uint16 public constant MAX_PLATFORM_FEE_BPS = 500;
    /// @notice Upper bound of an arbiter's fee: 10%.
    uint16 public constant MAX_ARBITER_FEE_BPS = 1000;
    /// @notice Upper bound of a listing's shipping window.
    uint32 public constant MAX_SHIPPING_WINDOW = 365 days;

    /// @dev One packed slot, read by every purchase and written by every new listing.
    struct Config {
        address treasury;
        uint16 feeBps;
        bool paused;
        uint48 listingCount;
    }

    /// @dev One slot per registered token: its address and whether it is currently allowed.
    struct TokenEntry {
        address token;
        bool allowed;
    }

    /// @dev One slot per registered arbiter: its address, fee and whether it is approved.
    struct ArbiterEntry {
        address account;
        uint16 feeBps;
        bool approved;
    }

    /// @dev Seconds after shipping during which the buyer may confirm or dispute before anyone may
    ///      release the payment.
    uint32 internal immutable _CONFIRMATION_WINDOW;
    /// @dev Seconds after a dispute is opened during which the arbiter may rule.
    uint32 internal immutable _RULING_WINDOW;

    Config private _config;
    uint16 private _tokenCount;
    uint16 private _arbiterCount;
    mapping(uint16 tokenId => TokenEntry) private _tokens;
    mapping(address token => uint16) private _tokenIds;
    mapping(uint16 arbiterId => ArbiterEntry) private _arbiters;
    mapping(address arbiter => uint16) private _arbiterIds;

    /**
     * @param initialOwner The administrator (two-step transferable).
     * @param treasury_ Receiver of platform fees.
     * @param feeBps Platform fee on seller payouts, at most {MAX_PLATFORM_FEE_BPS}.
     * @param confirmationWindow_ Seconds the buyer has after shipping to confirm or dispute.
     * @param rulingWindow_ Seconds the arbiter has to rule on a dispute.
     */
    constructor(
        address initialOwner,
        address treasury_,
        uint16 feeBps,
        uint32 confirmationWindow_,
        uint32 rulingWindow_
    ) Ownable(initialOwner) {
        if (confirmationWindow_ == 0 || rulingWindow_ == 0) {
            revert InvalidWindow();
        }
        _CONFIRMATION_WINDOW = confirmationWindow_;
        _RULING_WINDOW = rulingWindow_;
        emit WindowsSet(confirmationWindow_, rulingWindow_);
        _setTreasury(treasury_);
        _setPlatformFee(feeBps);
    }

    // ================================================================ owner

    /**
     * @notice Allows `token` as a payment token for new listings and purchases.
     * @dev A token removed earlier keeps its id. Only standard ERC-20s belong here: fee-on-transfer
     *      and rebasing tokens are refused at payment time anyway, and a token that can freeze
     *      the marketplace's balance can freeze the escrow held in it.
     * @param token The ERC-20 contract (native ETH is always accepted and needs no entry).
     */
    function allowToken(address token) external onlyOwner {
        if (token == address(0)) revert ZeroAddress();
        uint16 id = _tokenIds[token];
        if (id == 0) {
            id = _nextId(_tokenCount);
            _tokenCount = id;
            _tokenIds[token] = id;
        } else if (_tokens[id].allowed) {
            revert TokenAlreadyAllowed(token);
        }
        _tokens[id] = TokenEntry(token, true);
        emit TokenAllowed(token, id);
    }

    /**
     * @notice Stops `token` from being used by new listings and purchases. Open orders in it are
     *         paid out normally.
     * @param token A currently allowed token.
     */
    function removeToken(address token) external onlyOwner {
        uint16 id = _tokenIds[token];
        if (!_tokens[id].allowed) revert TokenNotAllowed(token);
        _tokens[id].allowed = false;
        emit TokenRemoved(token, id);
    }

    /**
     * @notice Approves `arbiter` to hear disputes of new listings, or changes its fee. The fee is
     *         snapshotted into each order at purchase, so a change never affects open orders.
     * @param arbiter The arbiter's account.
     * @param feeBps Its fee on rulings, at most {MAX_ARBITER_FEE_BPS}.
     */
    function approveArbiter(address arbiter, uint16 feeBps) external onlyOwner {
        if (arbiter == address(0)) revert ZeroAddress();
        if (feeBps > MAX_ARBITER_FEE_BPS) revert ArbiterFeeTooHigh(feeBps, MAX_ARBITER_FEE_BPS);
        uint16 id = _arbiterIds[arbiter];
        if (id == 0) {
            id = _nextId(_arbiterCount);
            _arbiterCount = id;
            _arbiterIds[arbiter] = id;
        }
        _arbiters[id] = ArbiterEntry(arbiter, feeBps, true);
        emit ArbiterApproved(arbiter, id, feeBps);
    }

    /**
     * @notice Stops `arbiter` from being chosen by new listings, from taking new purchases and,
     *         at once, from ruling: a compromised arbiter can be taken off the disputes it holds.
     *         Those disputes then end through the buyer's reclaim when their ruling window closes
     *         (not at once: a buyer could otherwise dispute any shipped order of that arbiter and be
     *         refunded without a hearing). Approving it again restores its rulings.
     * @param arbiter A currently approved arbiter.
     */
    function removeArbiter(address arbiter) external onlyOwner {
        uint16 id = _arbiterIds[arbiter];
        if (!_arbiters[id].approved) revert ArbiterNotApproved(arbiter);
        _arbiters[id].approved = false;
        emit ArbiterRemoved(arbiter, id);
    }

    /**
     * @notice Sets the platform fee applied to orders placed from now on.
     * @param feeBps Basis points of the seller's payout, at most {MAX_PLATFORM_FEE_BPS}.
     */
    function setPlatformFee(uint16 feeBps) external onlyOwner {
        _setPlatformFee(feeBps);
    }

    /**
     * @notice Sets the account that accrued platform fees are swept to.
     * @param treasury_ The new treasury.
     */
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
    }

    /**
     * @notice Pauses new listings and purchases. Everything else (order updates, payouts,
     *         refunds, disputes, reviews, withdrawals) keeps working.
     */
    function pause() external onlyOwner {
        _setPaused(true);
    }

    /// @notice Resumes new listings and purchases.
    function unpause() external onlyOwner {
        _setPaused(false);
    }

    // ================================================================ views

    /// @notice The platform fee rate (basis points) for new orders.
    function platformFeeBps() external view returns (uint16) {
        return _config.feeBps;
    }

    /// @notice The account platform fees are swept to.
    function treasury() public view returns (address) {
        return _config.treasury;
    }

    /// @notice Whether new listings and purchases are paused.
    function paused() external view returns (bool) {
        return _config.paused;
    }

    /// @notice Number of listings created so far.
    function listingCount() external view returns (uint256) {
        return _config.listingCount;
    }

    /// @notice Seconds after shipping during which the buyer may confirm or dispute.
    function confirmationWindow() external view returns (uint32) {
        return _CONFIRMATION_WINDOW;
    }

    /// @notice Seconds after a dispute during which the arbiter may rule.
    function rulingWindow() external view returns (uint32) {
        return _RULING_WINDOW;
    }

    /// @notice The id of `token` (0 if never allowed) and whether it is allowed now.
    function tokenInfo(address token) external view returns (uint16 id, bool allowed) {
        id = _tokenIds[token];
        allowed = _tokens[id].allowed;
    }

    /// @notice The id of `arbiter` (0 if never approved), its current fee and whether it is approved.
    function arbiterInfo(address arbiter)
        external
        view
        returns (uint16 id, uint16 feeBps, bool approved)
    {
        id = _arbiterIds[arbiter];
        ArbiterEntry memory entry = _arbiters[id];
        (feeBps, approved) = (entry.feeBps, entry.approved);
    }

    // ============================================================= internal

    /// @dev The platform fee for a new order; reverts while paused.
    function _feeBpsUnlessPaused() internal view returns (uint16) {
        Config memory config = _config;
        if (config.paused) revert MarketplacePaused();
        return config.feeBps;
    }

    /// @dev Issues the next listing number; reverts while paused.
    function _nextListingNumber() internal returns (uint256 number) {
        Config storage config = _config;
        if (config.paused) revert MarketplacePaused();
        // Checked: 2^48 listings cannot be created, and wrapping would reuse ids.
        number = config.listingCount + 1;
        // forge-lint: disable-next-line(unsafe-typecast)
        config.listingCount = uint48(number); // listingCount + 1 computed in uint48 arithmetic
    }

    /// @dev The id a new listing stores for `token`; reverts unless ETH or allowed.
    function _tokenIdForListing(address token) internal view returns (uint16 id) {
        if (token == address(0)) return 0;
        id = _tokenIds[token];
        if (!_tokens[id].allowed) revert TokenNotAllowed(token);
    }

    /// @dev Reverts unless `arbiter` is approved now (an arbiter removed since purchase cannot rule).
    function _requireApprovedArbiter(address arbiter) internal view {
        if (!_arbiters[_arbiterIds[arbiter]].approved) revert ArbiterNotApproved(arbiter);
    }

    /// @dev The id a new listing stores for `arbiter`; reverts unless approved.
    function _arbiterIdForListing(address arbiter) internal view returns (uint16 id) {
        id = _arbiterIds[arbiter];
        if (!_arbiters[id].approved) revert ArbiterNotApproved(arbiter);
    }

    /// @dev The token a purchase pays in; reverts if it was removed since the listing was made.
    function _tokenForPurchase(uint16 id) internal view returns (address) {
        if (id == 0) return address(0);
        TokenEntry memory entry = _tokens[id];
        if (!entry.allowed) revert TokenNotAllowed(entry.token);
        return entry.token;
    }

    /// @dev The arbiter and fee a purchase snapshots; reverts if the arbiter was removed.
    function _arbiterForPurchase(uint16 id) internal view returns (address, uint16) {
        ArbiterEntry memory entry = _arbiters[id];
        if (!entry.approved) revert ArbiterNotApproved(entry.account);
        return (entry.account, entry.feeBps);
    }

    /// @dev The token registered under `id` (address(0) for id 0, native ETH).
    function _tokenAddress(uint16 id) internal view returns (address) {
        return _tokens[id].token;
    }

    /// @dev The arbiter registered under `id`.
    function _arbiterAddress(uint16 id) internal view returns (address) {
        return _arbiters[id].account;
    }

    function _nextId(uint16 count) private pure returns (uint16) {
        if (count == type(uint16).max) revert RegistryFull();
        unchecked {
            // Cannot overflow: checked against the maximum just above.
            return count + 1;
        }
    }

    function _setPlatformFee(uint16 feeBps) private {
        if (feeBps > MAX_PLATFORM_FEE_BPS) revert PlatformFeeTooHigh(feeBps, MAX_PLATFORM_FEE_BPS);
        _config.feeBps = feeBps;
        emit PlatformFeeUpdated(feeBps);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert ZeroAddress();
        _config.treasury = treasury_;
        emit TreasuryUpdated(treasury_);
    }

    function _setPaused(bool paused_) private {
        if (_config.paused == paused_) revert PauseStateUnchanged(paused_);
        _config.paused = paused_;
        if (paused_) emit Paused(msg.sender);
        else emit Unpaused(msg.sender);
    }
}
