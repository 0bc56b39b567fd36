import type { ListingMetadataInput } from "@agora/content";
import type { Drawing, Palette } from "./illustrations.js";

/**
 * The demo catalogue `npm start` seeds: sellers with profiles, their listings (metadata, pictures,
 * price in ETH or USDC, stock) and a few buyers. Plain data; `seed.ts` turns it into IPFS
 * directories and transactions.
 */

export type PaymentToken = "ETH" | "USDC";

export interface DemoListing {
  key: string;
  drawing: Drawing;
  palette: Palette;
  token: PaymentToken;
  /** Human price: ETH or USDC units. */
  price: string;
  stock: number;
  /** Days the seller has to ship. */
  shipDays: number;
  metadata: Omit<ListingMetadataInput, "schema" | "images"> & { alt: string };
}

export interface DemoAccount {
  /** anvil dev account index. */
  index: number;
  name: string;
  initials: string;
  bio: string;
  palette: Palette;
}

const warm: [string, string] = ["#f6efe4", "#e4d3b8"];
const cool: [string, string] = ["#eef3f7", "#cfdbe6"];
const fresh: [string, string] = ["#eef6ef", "#cfe3d2"];
const dusk: [string, string] = ["#f3eef6", "#dccfe6"];

const physical = (regions: string[], handlingDays = 2) => ({
  kind: "physical" as const,
  shipping: { regions, handlingDays },
});
const digital = { kind: "digital" as const, condition: "not-applicable" as const };

export const sellers: DemoAccount[] = [
  {
    index: 1,
    name: "Juniper Home Goods",
    initials: "JH",
    bio: "Small-batch lamps, ceramics and furniture from a two-person workshop in Porto.",
    palette: { main: "#1f6f5c", accent: "#f2c14e", backdrop: warm },
  },
  {
    index: 2,
    name: "Northwind Audio",
    initials: "NA",
    bio: "Refurbished and new audio gear, tested by ear before it ships.",
    palette: { main: "#23395b", accent: "#7fc8f8", backdrop: cool },
  },
  {
    index: 3,
    name: "Paper Lantern Books",
    initials: "PL",
    bio: "Independent press: paperbacks, e-books and prints.",
    palette: { main: "#8a3b12", accent: "#f4d35e", backdrop: warm },
  },
  {
    index: 4,
    name: "Atelier Ostara",
    initials: "AO",
    bio: "Clothing, art prints and things for play, made in Ghent.",
    palette: { main: "#6a4c93", accent: "#ffca3a", backdrop: dusk },
  },
];

export const buyers: DemoAccount[] = [
  {
    index: 5,
    name: "Mina K.",
    initials: "MK",
    bio: "Collector of lamps and records.",
    palette: { main: "#c44536", accent: "#fefae0", backdrop: warm },
  },
  {
    index: 6,
    name: "Tomás R.",
    initials: "TR",
    bio: "Runner, reader, occasional guitarist.",
    palette: { main: "#197278", accent: "#edddd4", backdrop: cool },
  },
  {
    index: 7,
    name: "Ada L.",
    initials: "AL",
    bio: "Buys books faster than she reads them.",
    palette: { main: "#283d3b", accent: "#edddd4", backdrop: fresh },
  },
];

/** Listings per seller index. */
export const listings: Record<number, DemoListing[]> = {
  1: [
    {
      key: "lamp-ember",
      drawing: "lamp",
      palette: { main: "#e07a3f", accent: "#fff3c4", backdrop: warm },
      token: "USDC",
      price: "89",
      stock: 12,
      shipDays: 3,
      metadata: {
        name: "Ember table lamp",
        description:
          "Hand-spun steel shade in burnt orange on a walnut-stained base. Warm 2700 K bulb included; 1.8 m braided cable.",
        category: "home",
        condition: "new",
        alt: "An orange conical table lamp on a dark base",
        attributes: [
          { name: "Height", value: "42 cm" },
          { name: "Bulb", value: "E27, 2700 K" },
        ],
        ...physical(["EU", "GB", "US"]),
      },
    },
    {
      key: "lamp-moss",
      drawing: "lamp",
      palette: { main: "#5a8f29", accent: "#fff3c4", backdrop: fresh },
      token: "ETH",
      price: "0.035",
      stock: 6,
      shipDays: 3,
      metadata: {
        name: "Moss reading lamp",
        description: "The Ember's green sibling, with a taller stem for armchairs.",
        category: "home",
        condition: "new",
        alt: "A green table lamp with a tall stem",
        attributes: [{ name: "Height", value: "55 cm" }],
        ...physical(["EU"]),
      },
    },
    {
      key: "chair-oak",
      drawing: "chair",
      palette: { main: "#c9a66b", accent: "#1f6f5c", backdrop: warm },
      token: "USDC",
      price: "240",
      stock: 4,
      shipDays: 7,
      metadata: {
        name: "Oak side chair with green seat",
        description: "Solid oak frame, wool upholstered seat. Ships flat, assembles with four bolts.",
        category: "home",
        condition: "new",
        alt: "A wooden chair with a green cushion",
        ...physical(["EU"], 5),
      },
    },
    {
      key: "mug-set",
      drawing: "mug",
      palette: { main: "#3d5a80", accent: "#e0fbfc", backdrop: cool },
      token: "USDC",
      price: "32",
      stock: 40,
      shipDays: 3,
      metadata: {
        name: "Stoneware mug, set of two",
        description: "Wheel-thrown stoneware with a blue glaze. Dishwasher safe, 350 ml.",
        category: "home",
        condition: "new",
        alt: "A blue mug with a white band and steam rising",
        variants: [
          { id: "blue", name: "Blue" },
          { id: "sand", name: "Sand" },
        ],
        ...physical(["worldwide"]),
      },
    },
    {
      key: "teapot",
      drawing: "teapot",
      palette: { main: "#2a9d8f", accent: "#e9c46a", backdrop: fresh },
      token: "ETH",
      price: "0.02",
      stock: 8,
      shipDays: 4,
      metadata: {
        name: "Celadon teapot",
        description: "One-litre teapot with a steel infuser. Glaze varies a little from pot to pot.",
        category: "home",
        condition: "new",
        alt: "A teal teapot with a yellow lid",
        ...physical(["EU", "GB"]),
      },
    },
    {
      key: "plant-pot",
      drawing: "plant",
      palette: { main: "#4f772d", accent: "#90a955", backdrop: fresh },
      token: "USDC",
      price: "24",
      stock: 25,
      shipDays: 2,
      metadata: {
        name: "Terracotta planter with pothos",
        description: "A hardy pothos cutting, rooted, in a 12 cm terracotta pot.",
        category: "home",
        condition: "new",
        alt: "A leafy plant in a terracotta pot",
        ...physical(["EU"]),
      },
    },
    {
      key: "lamp-used",
      drawing: "lamp",
      palette: { main: "#9d4edd", accent: "#fff3c4", backdrop: dusk },
      token: "USDC",
      price: "45",
      stock: 1,
      shipDays: 3,
      metadata: {
        name: "Violet lamp, showroom sample",
        description: "Our violet prototype: a tiny scratch on the base, otherwise perfect.",
        category: "home",
        condition: "like-new",
        alt: "A violet table lamp",
        ...physical(["EU"]),
      },
    },
  ],
  2: [
    {
      key: "headphones-studio",
      drawing: "headphones",
      palette: { main: "#23395b", accent: "#7fc8f8", backdrop: cool },
      token: "ETH",
      price: "0.06",
      stock: 10,
      shipDays: 2,
      metadata: {
        name: "Studio headphones, closed back",
        description: "Flat response, 32 Ω, detachable cable. Ideal for mixing and long listening.",
        category: "electronics",
        condition: "new",
        alt: "Dark blue over-ear headphones",
        attributes: [{ name: "Impedance", value: "32 Ω" }],
        ...physical(["worldwide"]),
      },
    },
    {
      key: "headphones-refurb",
      drawing: "headphones",
      palette: { main: "#b5179e", accent: "#f7aef8", backdrop: dusk },
      token: "USDC",
      price: "59",
      stock: 5,
      shipDays: 2,
      metadata: {
        name: "Refurbished wireless headphones",
        description: "New ear pads and battery; 12-month warranty from us.",
        category: "electronics",
        condition: "refurbished",
        alt: "Pink wireless headphones",
        ...physical(["EU", "US"]),
      },
    },
    {
      key: "camera-film",
      drawing: "camera",
      palette: { main: "#3c3c3c", accent: "#5fa8d3", backdrop: cool },
      token: "ETH",
      price: "0.09",
      stock: 2,
      shipDays: 3,
      metadata: {
        name: "35 mm film camera, serviced",
        description: "Fully mechanical SLR, light seals replaced, meter accurate within a third of a stop.",
        category: "electronics",
        condition: "used-good",
        alt: "A black film camera with a blue lens",
        ...physical(["worldwide"], 3),
      },
    },
    {
      key: "vinyl-night",
      drawing: "vinyl",
      palette: { main: "#ee6c4d", accent: "#293241", backdrop: warm },
      token: "USDC",
      price: "28",
      stock: 30,
      shipDays: 2,
      metadata: {
        name: "Night Drives, vinyl LP",
        description: "Ten ambient tracks recorded to tape. 180 g pressing with a download code.",
        category: "music",
        condition: "new",
        alt: "A vinyl record sliding out of a dark sleeve",
        ...physical(["worldwide"]),
      },
    },
    {
      key: "album-digital",
      drawing: "vinyl",
      palette: { main: "#43aa8b", accent: "#264653", backdrop: fresh },
      token: "USDC",
      price: "9",
      stock: 1000,
      shipDays: 1,
      metadata: {
        name: "Night Drives, lossless download",
        description: "FLAC and MP3, delivered as an encrypted download link only you can open.",
        category: "music",
        alt: "A green record label on a dark sleeve",
        ...digital,
      },
    },
    {
      key: "guitar-parlour",
      drawing: "guitar",
      palette: { main: "#d4a373", accent: "#582f0e", backdrop: warm },
      token: "ETH",
      price: "0.15",
      stock: 1,
      shipDays: 5,
      metadata: {
        name: "Parlour acoustic guitar",
        description: "Solid spruce top, set up with fresh strings and a low action.",
        category: "music",
        condition: "used-good",
        alt: "A light wooden acoustic guitar",
        ...physical(["EU"], 3),
      },
    },
    {
      key: "watch-field",
      drawing: "watch",
      palette: { main: "#588157", accent: "#344e41", backdrop: fresh },
      token: "USDC",
      price: "120",
      stock: 7,
      shipDays: 3,
      metadata: {
        name: "Field watch, 38 mm",
        description: "Automatic movement, sapphire crystal, canvas strap.",
        category: "fashion",
        condition: "new",
        alt: "A green field watch on a strap",
        ...physical(["worldwide"]),
      },
    },
  ],
  3: [
    {
      key: "book-cartographers",
      drawing: "book",
      palette: { main: "#8a3b12", accent: "#f4d35e", backdrop: warm },
      token: "USDC",
      price: "18",
      stock: 50,
      shipDays: 3,
      metadata: {
        name: "The Cartographer's Daughter (paperback)",
        description: "A novel about maps, memory and a lighthouse that moves.",
        category: "books",
        condition: "new",
        alt: "A brown paperback book",
        attributes: [{ name: "Pages", value: "312" }],
        ...physical(["worldwide"]),
      },
    },
    {
      key: "book-gardens",
      drawing: "book",
      palette: { main: "#386641", accent: "#a7c957", backdrop: fresh },
      token: "USDC",
      price: "24",
      stock: 20,
      shipDays: 3,
      metadata: {
        name: "Small Gardens, Big Harvests",
        description: "Growing food on balconies and windowsills, season by season.",
        category: "books",
        condition: "new",
        alt: "A green hardback book",
        ...physical(["EU", "GB"]),
      },
    },
    {
      key: "ebook-cartographers",
      drawing: "ebook",
      palette: { main: "#fdf0d5", accent: "#8a3b12", backdrop: warm },
      token: "USDC",
      price: "7",
      stock: 1000,
      shipDays: 1,
      metadata: {
        name: "The Cartographer's Daughter (e-book)",
        description: "EPUB without DRM, delivered encrypted to your wallet's key.",
        category: "digital",
        alt: "An e-reader showing lines of text",
        ...digital,
      },
    },
    {
      key: "ebook-solidity",
      drawing: "ebook",
      palette: { main: "#e0fbfc", accent: "#3d5a80", backdrop: cool },
      token: "ETH",
      price: "0.004",
      stock: 1000,
      shipDays: 1,
      metadata: {
        name: "Escrow Patterns in Solidity (e-book)",
        description: "Pull payments, commitments and transient locks, with worked examples.",
        category: "digital",
        alt: "An e-reader with blue text",
        ...digital,
      },
    },
    {
      key: "print-lighthouse",
      drawing: "poster",
      palette: { main: "#f4a261", accent: "#264653", backdrop: warm },
      token: "USDC",
      price: "35",
      stock: 15,
      shipDays: 4,
      metadata: {
        name: "Lighthouse risograph print, A3",
        description: "Two-colour riso print from the novel's cover art. Signed and numbered.",
        category: "art",
        condition: "new",
        alt: "A poster with an orange sun over teal mountains",
        ...physical(["worldwide"]),
      },
    },
    {
      key: "book-used",
      drawing: "book",
      palette: { main: "#6d597a", accent: "#eaac8b", backdrop: dusk },
      token: "ETH",
      price: "0.003",
      stock: 3,
      shipDays: 4,
      metadata: {
        name: "Poems for Long Trains (used)",
        description: "Out-of-print collection; pencil notes on a few pages.",
        category: "books",
        condition: "used-fair",
        alt: "A purple worn book",
        ...physical(["EU"]),
      },
    },
  ],
  4: [
    {
      key: "tshirt-sun",
      drawing: "tshirt",
      palette: { main: "#6a4c93", accent: "#ffca3a", backdrop: dusk },
      token: "USDC",
      price: "29",
      stock: 60,
      shipDays: 3,
      metadata: {
        name: "Organic cotton tee, sun print",
        description: "Heavyweight organic cotton, screen-printed by hand.",
        category: "fashion",
        condition: "new",
        alt: "A purple t-shirt with a yellow circle",
        variants: [
          { id: "s", name: "S" },
          { id: "m", name: "M" },
          { id: "l", name: "L" },
        ],
        ...physical(["EU", "GB", "US"]),
      },
    },
    {
      key: "backpack-canvas",
      drawing: "backpack",
      palette: { main: "#bc6c25", accent: "#dda15e", backdrop: warm },
      token: "ETH",
      price: "0.04",
      stock: 9,
      shipDays: 3,
      metadata: {
        name: "Waxed canvas backpack",
        description: "18 litres, padded laptop sleeve, brass hardware.",
        category: "fashion",
        condition: "new",
        alt: "A brown canvas backpack",
        ...physical(["worldwide"]),
      },
    },
    {
      key: "sneaker-run",
      drawing: "sneaker",
      palette: { main: "#1982c4", accent: "#ffca3a", backdrop: cool },
      token: "USDC",
      price: "95",
      stock: 14,
      shipDays: 3,
      metadata: {
        name: "Trail runner",
        description: "Recycled mesh upper, grippy lugged sole.",
        category: "sports",
        condition: "new",
        alt: "A blue running shoe with yellow laces",
        variants: [
          { id: "42", name: "EU 42" },
          { id: "44", name: "EU 44" },
        ],
        ...physical(["EU"]),
      },
    },
    {
      key: "ball-felt",
      drawing: "ball",
      palette: { main: "#ff595e", accent: "#ffffff", backdrop: warm },
      token: "USDC",
      price: "15",
      stock: 40,
      shipDays: 2,
      metadata: {
        name: "Felted wool play ball",
        description: "Soft, washable and quiet indoors.",
        category: "toys",
        condition: "new",
        alt: "A red ball with white seams",
        ...physical(["worldwide"]),
      },
    },
    {
      key: "robot-tin",
      drawing: "robot",
      palette: { main: "#8ac926", accent: "#ff595e", backdrop: fresh },
      token: "ETH",
      price: "0.012",
      stock: 5,
      shipDays: 3,
      metadata: {
        name: "Wind-up tin robot",
        description: "Walks, beeps (mechanically) and waves one arm.",
        category: "toys",
        condition: "new",
        alt: "A green toy robot with red eyes",
        ...physical(["EU", "US"]),
      },
    },
    {
      key: "print-mountains",
      drawing: "poster",
      palette: { main: "#ffca3a", accent: "#6a4c93", backdrop: dusk },
      token: "ETH",
      price: "0.008",
      stock: 20,
      shipDays: 4,
      metadata: {
        name: "Mountains at dusk, giclée print",
        description: "Archival pigment print on cotton rag, 30 × 40 cm.",
        category: "art",
        condition: "new",
        alt: "A poster with a yellow sun over purple mountains",
        ...physical(["worldwide"]),
      },
    },
    {
      key: "licence-pattern",
      drawing: "licence",
      palette: { main: "#6a4c93", accent: "#ffca3a", backdrop: dusk },
      token: "USDC",
      price: "12",
      stock: 500,
      shipDays: 1,
      metadata: {
        name: "Sewing pattern pack (digital licence)",
        description: "Five printable patterns with a personal-use licence key.",
        category: "digital",
        alt: "A purple card with a yellow key",
        ...digital,
      },
    },
  ],
};
