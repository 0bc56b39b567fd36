// Listings: create, update price/stock, publish metadata, close.
import { BigInt, Bytes, ethereum, log } from "@graphprotocol/graph-ts";
import {
  ListingClosed,
  ListingCreated,
  ListingMetadataUpdated,
  ListingUpdated,
} from "../../generated/Marketplace/Marketplace";
import { Listing, ListingChange } from "../../generated/schema";
import { ListingMetadata as ListingMetadataTemplate } from "../../generated/templates";
import { cidToString } from "../helpers/cid";
import { documentContext } from "../helpers/documents";
import { METADATA_FILE, ZERO_BD, ZERO_BI } from "../helpers/constants";
import { getAccount, getArbiter, getMarketplace, getToken } from "../helpers/entities";
import { eventId, listingNumberOf, uint256ToBytes } from "../helpers/ids";
import { getMarketDay } from "../helpers/stats";

/**
 * Records a newly published metadata version and, if its bytes are a CID, starts a file data
 * source on `<cid>/metadata.json` whose entity id is `<listing id>-<version>`. The versions before
 * it stay: pages show the newest valid one until this one arrives valid.
 */
function publishMetadata(listing: Listing, cidBytes: Bytes): void {
  listing.metadataVersion += 1;
  listing.metadataCidBytes = cidBytes;
  const cid = cidToString(cidBytes);
  listing.metadataCid = cid;
  if (cid == null) {
    log.warning("listing {}: metadata bytes {} are not a CID", [listing.id.toHexString(), cidBytes.toHexString()]);
    listing.latestMetadata = null;
    return;
  }
  const id = listing.id.toHexString() + "-" + listing.metadataVersion.toString();
  const context = documentContext(id, cid!, "listing", listing.id, listing.metadataVersion);
  ListingMetadataTemplate.createWithContext(cid! + "/" + METADATA_FILE, context);
  listing.latestMetadata = id;
}

function touch(listing: Listing, event: ethereum.Event): void {
  listing.updatedAt = event.block.timestamp;
  listing.updatedAtBlock = event.block.number;
}

function recordChange(listing: Listing, kind: string, event: ethereum.Event): void {
  const change = new ListingChange(eventId(event));
  change.listing = listing.id;
  change.kind = kind;
  change.price = listing.price;
  change.stock = listing.stock;
  change.metadataCid = listing.metadataCid;
  change.timestamp = event.block.timestamp;
  change.blockNumber = event.block.number;
  change.transactionHash = event.transaction.hash;
  change.save();
}

export function handleListingCreated(event: ListingCreated): void {
  const id = uint256ToBytes(event.params.listingId);
  const listing = new Listing(id);
  listing.listingId = event.params.listingId;
  listing.listingNumber = listingNumberOf(id);
  listing.seller = event.params.seller;
  listing.token = event.params.token;
  listing.price = event.params.price;
  listing.stock = BigInt.fromU64(event.params.stock.toU64());
  listing.status = "Active";
  listing.arbiter = event.params.arbiter;
  listing.shippingWindow = BigInt.fromU64(event.params.shippingWindow.toU64());
  listing.metadataVersion = 0;
  listing.orderCount = 0;
  listing.unitsSold = ZERO_BI;
  listing.volume = ZERO_BI;
  listing.ratingCount = 0;
  listing.ratingSum = 0;
  listing.ratingAverage = ZERO_BD;
  listing.createdAt = event.block.timestamp;
  listing.createdAtBlock = event.block.number;
  listing.createdTx = event.transaction.hash;
  touch(listing, event);
  publishMetadata(listing, event.params.metadataCid);
  listing.save();
  recordChange(listing, "ListingCreated", event);

  const seller = getAccount(event.params.seller);
  seller.listingCount += 1;
  seller.activeListingCount += 1;
  seller.save();

  const token = getToken(event.params.token);
  token.listingCount += 1;
  token.save();

  const arbiter = getArbiter(event.params.arbiter);
  arbiter.listingCount += 1;
  arbiter.save();

  const marketplace = getMarketplace(event.address);
  marketplace.listingCount += 1;
  marketplace.save();

  const day = getMarketDay(event.block.timestamp);
  day.listingsCreated += 1;
  day.save();
}

export function handleListingUpdated(event: ListingUpdated): void {
  const listing = Listing.load(uint256ToBytes(event.params.listingId));
  if (listing == null) return;
  listing.price = event.params.price;
  listing.stock = BigInt.fromU64(event.params.stock.toU64());
  touch(listing, event);
  listing.save();
  recordChange(listing, "ListingUpdated", event);
}

export function handleListingMetadataUpdated(event: ListingMetadataUpdated): void {
  const listing = Listing.load(uint256ToBytes(event.params.listingId));
  if (listing == null) return;
  publishMetadata(listing, event.params.metadataCid);
  touch(listing, event);
  listing.save();
  recordChange(listing, "ListingMetadataUpdated", event);
}

export function handleListingClosed(event: ListingClosed): void {
  const listing = Listing.load(uint256ToBytes(event.params.listingId));
  if (listing == null) return;
  listing.status = "Closed";
  listing.stock = ZERO_BI;
  listing.closedAt = event.block.timestamp;
  touch(listing, event);
  listing.save();
  recordChange(listing, "ListingClosed", event);

  const seller = getAccount(event.params.seller);
  seller.activeListingCount -= 1;
  seller.save();
}
