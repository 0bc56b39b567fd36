// Profiles from IPFS: each ProfileUpdated fetches `<cid>/profile.json` as its own version. Pages
// show the newest valid one: an invalid newer version (rejected) does not hide it, and a card of
// listings gets seller names in the same query. (gnd test refuses a file it has no mock for, so a
// pending version is tested on the real stack: stack-test/.)
import {
  BUYER,
  DAY0,
  SELLER,
  SELLER2,
  blocks,
  cid,
  deployment,
  ev,
  expect,
  ipfsFile,
  listingCreated,
  listingDocument,
  listingHex,
  metadataFile,
  profileDocument,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function profiles(): Promise<TestCase> {
  const v1 = await cid("seller profile v1");
  const v2BadKey = await cid("seller profile v2, bad key");
  const notJson = await cid("seller2 profile, not JSON", 0);
  const buyerProfile = await cid("buyer profile");
  const lamp = await cid("lamp");
  const current = `{ profileVersion latestProfile { id } current: profiles(where: { valid: true }, orderBy: version,
    orderDirection: desc, first: 1) { id version cid name avatar bio encryptionPublicKey } }`;
  return {
    name: "profiles: versions from IPFS; the newest valid one stays shown through a rejected one",
    files: [
      metadataFile(lamp, listingDocument("Lamp", "A brass lamp")),
      ipfsFile(
        v1,
        "profile.json",
        profileDocument("Ember Lights", 7, { avatar: "avatar.png", bio: "Lamps, made by hand." }),
      ),
      ipfsFile(v2BadKey, "profile.json", { ...profileDocument("Ember Lights 2"), encryptionPublicKey: "c2hvcnQ=" }),
      ipfsFile(notJson, "profile.json", "name: Oak & Iron"),
      ipfsFile(buyerProfile, "profile.json", profileDocument("Mina", 9, { avatar: "../escape.png" })),
    ],
    blocks: blocks(
      {
        timestamp: DAY0,
        events: [
          ...deployment(),
          listingCreated({ number: 1, price: 1000, stock: 1, metadata: lamp }),
          ev("ProfileUpdated", { account: SELLER, profileCid: v1.bytes }),
          ev("ProfileUpdated", { account: SELLER2, profileCid: notJson.bytes }),
          ev("ProfileUpdated", { account: BUYER, profileCid: buyerProfile.bytes }),
        ],
      },
      { timestamp: DAY0 + 60, events: [ev("ProfileUpdated", { account: SELLER, profileCid: v2BadKey.bytes })] },
    ),
    assertions: [
      expect(`{ account(id: "${SELLER}") ${current} }`, {
        account: {
          profileVersion: 2,
          // The newest version was rejected; the one before stays shown.
          latestProfile: { id: `${SELLER}-2` },
          current: [
            {
              id: `${SELLER}-1`,
              version: 1,
              cid: v1.text,
              name: "Ember Lights",
              avatar: "avatar.png",
              bio: "Lamps, made by hand.",
              encryptionPublicKey: Buffer.alloc(32, 7).toString("base64"),
            },
          ],
        },
      }),
      expect(`{ profiles(orderBy: id) { id version valid error name } }`, {
        profiles: [
          { id: `${SELLER}-1`, version: 1, valid: true, error: null, name: "Ember Lights" },
          {
            id: `${SELLER}-2`,
            version: 2,
            valid: false,
            error: "encryptionPublicKey must be a 32-byte key in base64",
            name: null,
          },
          { id: `${SELLER2}-1`, version: 1, valid: false, error: "not a JSON object", name: null },
          {
            id: `${BUYER}-1`,
            version: 1,
            valid: false,
            error: "avatar must be an image path inside the profile directory",
            name: null,
          },
        ],
      }),
      // A listing card names its seller without another request.
      expect(
        `{ listing(id: "${listingHex(1)}") { seller { profiles(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1) { name } } } }`,
        { listing: { seller: { profiles: [{ name: "Ember Lights" }] } } },
      ),
    ],
  };
}
