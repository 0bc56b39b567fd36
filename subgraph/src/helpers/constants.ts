import { Address, BigDecimal, BigInt } from "@graphprotocol/graph-ts";

export const ZERO_BI = BigInt.zero();
export const ONE_BI = BigInt.fromI32(1);
export const ZERO_BD = BigDecimal.zero();
export const ZERO_ADDRESS = Address.zero();
export const SECONDS_PER_DAY: i32 = 86400;
/** Orders of one block sort after each other by `blockNumber * LOG_ORDER_SCALE + logIndex`. */
export const LOG_ORDER_SCALE = BigInt.fromI32(1 << 20);
/** The file inside a listing's UnixFS directory that the ListingMetadata template reads. */
export const METADATA_FILE = "metadata.json";
/** The file inside a profile's directory that the Profile template reads. */
export const PROFILE_FILE = "profile.json";
/** The file inside a review's directory that the ReviewContent template reads. */
export const REVIEW_FILE = "review.json";
