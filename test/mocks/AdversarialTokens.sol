// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Shared base: an open-mint ERC-20 for tests.
abstract contract TestToken is ERC20 {
    constructor(string memory name_) ERC20(name_, name_) {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @notice A plain, well-behaved ERC-20.
contract PlainToken is TestToken {
    constructor() TestToken("PLAIN") {}
}

/**
 * @notice USDT-like: `transfer`, `transferFrom` and `approve` return nothing.
 * @dev Implemented with raw storage so the functions can be declared without return values.
 */
contract NoReturnToken {
    error InsufficientBalance();
    error InsufficientAllowance();

    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    uint256 public totalSupply;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
        totalSupply += amount;
    }

    function approve(address spender, uint256 amount) external {
        allowance[msg.sender][spender] = amount;
    }

    function transfer(address to, uint256 amount) external {
        if (balanceOf[msg.sender] < amount) revert InsufficientBalance();
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }

    function transferFrom(address from, address to, uint256 amount) external {
        if (balanceOf[from] < amount) revert InsufficientBalance();
        if (allowance[from][msg.sender] < amount) revert InsufficientAllowance();
        allowance[from][msg.sender] -= amount;
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
    }
}

/// @notice Burns 1% of every transfer.
contract FeeOnTransferToken is TestToken {
    constructor() TestToken("FOT") {}

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value / 100;
            super._update(from, address(0), fee);
            value -= fee;
        }
        super._update(from, to, value);
    }
}

/// @notice Reverts on any transfer of zero tokens.
contract ZeroRevertToken is TestToken {
    error ZeroTransfer();

    constructor() TestToken("ZERO") {}

    function _update(address from, address to, uint256 value) internal override {
        if (value == 0) revert ZeroTransfer();
        super._update(from, to, value);
    }
}

/// @notice Reverts transfers to or from blocklisted accounts (like USDC's blacklist).
contract BlocklistToken is TestToken {
    error Blocked(address account);

    mapping(address => bool) public blocked;

    constructor() TestToken("BLOCK") {}

    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert Blocked(from);
        if (blocked[to]) revert Blocked(to);
        super._update(from, to, value);
    }
}

/// @notice Returns false instead of reverting when the recipient is flagged.
contract FalseReturnToken is TestToken {
    mapping(address => bool) public refuse;

    constructor() TestToken("FALSE") {}

    function setRefuse(address account, bool value) external {
        refuse[account] = value;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (refuse[to]) return false;
        return super.transfer(to, value);
    }
}

/**
 * @notice Once armed for a recipient, its next transfer there moves all but `withheld` of the
 *         amount and still returns false; later transfers behave. The double-payment attack: a
 *         payout reported failed is credited, then withdrawn for real.
 */
contract LyingToken is TestToken {
    address public liar;
    uint256 public withheld;
    bool public unreadable;

    error BalancesHidden();

    constructor() TestToken("LIAR") {}

    function arm(address to, uint256 withheld_) external {
        (liar, withheld) = (to, withheld_);
    }

    /// @notice Makes balanceOf revert from now on.
    function hideBalances() external {
        unreadable = true;
    }

    function balanceOf(address account) public view override returns (uint256) {
        if (unreadable) revert BalancesHidden();
        return super.balanceOf(account);
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (to != liar) return super.transfer(to, value);
        // solhint takes the `super.transfer` above for an external call; it is this token's own.
        // solhint-disable-next-line reentrancy
        liar = address(0);
        super.transfer(to, value - withheld);
        return false;
    }
}

/**
 * @notice Calls back into a target (the marketplace) on every transfer, once armed: the
 *         reentrancy attack of ERC-777-style hooks. Records whether the callback succeeded.
 */
contract ReentrantToken is TestToken {
    address public target;
    bytes public callData;
    bool public armed;
    bool public lastCallSucceeded;
    bytes public lastRevertData;

    constructor() TestToken("REENTER") {}

    function arm(address target_, bytes calldata callData_) external {
        (target, callData, armed) = (target_, callData_, true);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed) {
            armed = false;
            (lastCallSucceeded, lastRevertData) = target.call(callData);
        }
    }
}

/// @notice The hook an ERC-1363/ERC-777-style token calls on a contract recipient.
interface ITokenRecipient {
    function onTokenReceived(address from, uint256 value) external;
}

/**
 * @notice ERC-1363/ERC-777 style: every transfer to a contract (other than the caller itself)
 *         calls the recipient's hook, and a failing hook fails the transfer.
 */
contract CallbackToken is TestToken {
    constructor() TestToken("CALLBACK") {}

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && to != msg.sender && to.code.length > 0) {
            ITokenRecipient(to).onTokenReceived(from, value);
        }
    }
}
