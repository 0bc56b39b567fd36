// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice An account that refuses ETH.
contract RevertingReceiver {
    error NoEth();

    receive() external payable {
        revert NoEth();
    }

    /// @notice Lets the test act as this account (e.g. to buy, sell or withdraw).
    function execute(address target, uint256 value, bytes calldata data)
        external
        payable
        returns (bytes memory)
    {
        (bool ok, bytes memory ret) = target.call{value: value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }
}

/// @notice An account that burns all the gas it is given when receiving ETH.
contract GasBurner {
    receive() external payable {
        while (true) {}
    }
}

/// @notice Receives ETH and tries to re-enter the marketplace with a prepared call.
contract ReentrantReceiver {
    error CallFailed();

    address public target;
    bytes public callData;
    bool public attempted;
    bool public reentered;
    bytes public revertData;

    function arm(address target_, bytes calldata callData_) external {
        (target, callData) = (target_, callData_);
    }

    function execute(address to, uint256 value, bytes calldata data)
        external
        payable
        returns (bytes memory)
    {
        (bool ok, bytes memory ret) = to.call{value: value}(data);
        if (!ok) revert CallFailed();
        return ret;
    }

    receive() external payable {
        if (target != address(0) && !attempted) {
            attempted = true;
            (reentered, revertData) = target.call(callData);
        }
    }
}

/// @notice A minimal ERC-1271 smart-contract seller whose owner key signs for it.
contract ERC1271Seller {
    address public immutable signer;

    constructor(address signer_) {
        signer = signer_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature)
        external
        view
        returns (bytes4)
    {
        (uint8 v, bytes32 r, bytes32 s) = (
            uint8(signature[64]), bytes32(signature[0:32]), bytes32(signature[32:64])
        );
        return ecrecover(hash, v, r, s) == signer ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }

    function execute(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }
}

/// @notice A seller whose token hook burns all the gas it is given (see CallbackToken).
contract GasBurningTokenSeller {
    function onTokenReceived(address, uint256) external pure {
        while (true) {}
    }
}
