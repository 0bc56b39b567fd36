// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Coupon} from "./MarketplaceTypes.sol";

/**
 * @title CouponHashing
 * @notice EIP-712 struct hashing of {Coupon}.
 */
library CouponHashing {
    /// @dev The EIP-712 type of a coupon; field order matches {Coupon}.
    bytes32 internal constant COUPON_TYPEHASH = keccak256(
        "Coupon(address seller,uint256 listingId,address token,uint8 kind,uint256 value,address buyer,"
        "uint64 expiry,uint32 maxRedemptions,uint256 salt,uint256 chainId,address marketplace)"
    );

    /// @notice hashStruct(coupon) as defined by EIP-712.
    function structHash(Coupon calldata coupon) internal pure returns (bytes32) {
        return keccak256(abi.encode(COUPON_TYPEHASH, coupon));
    }
}
