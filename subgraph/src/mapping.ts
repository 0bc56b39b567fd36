// Entry point of the Marketplace data source: the handlers of every event group.
export * from "./mappings/admin";
export * from "./mappings/listings";
export * from "./mappings/orders";
export * from "./mappings/coupons";
export * from "./mappings/disputes";
export * from "./mappings/reviews";
export * from "./mappings/payments";
