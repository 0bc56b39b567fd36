import { Resvg } from "@resvg/resvg-js";

/**
 * Product pictures for the demo catalogue, drawn as SVG and rasterised to PNG at seeding time,
 * so the repository carries no binary images and every photo is a real PNG on IPFS.
 */
export type Drawing =
  | "lamp"
  | "chair"
  | "mug"
  | "book"
  | "headphones"
  | "plant"
  | "sneaker"
  | "backpack"
  | "guitar"
  | "camera"
  | "watch"
  | "vinyl"
  | "ebook"
  | "licence"
  | "poster"
  | "teapot"
  | "ball"
  | "robot"
  | "tshirt";

export interface Palette {
  main: string;
  accent: string;
  backdrop: [string, string];
}

const W = 480;
const H = 360;

const shapes: Record<Drawing, (p: Palette) => string> = {
  lamp: (p) =>
    `<rect x="232" y="140" width="16" height="165" fill="#3b3b3b"/><path d="M165 150 H315 L282 66 H198 Z" fill="${p.main}"/><rect x="188" y="298" width="104" height="16" rx="7" fill="#2c2c2c"/><circle cx="240" cy="152" r="9" fill="${p.accent}"/>`,
  chair: (p) =>
    `<rect x="170" y="70" width="140" height="120" rx="18" fill="${p.main}"/><rect x="160" y="185" width="160" height="34" rx="10" fill="${p.accent}"/><rect x="172" y="219" width="12" height="92" fill="#5a4632"/><rect x="296" y="219" width="12" height="92" fill="#5a4632"/>`,
  mug: (p) =>
    `<rect x="170" y="110" width="120" height="150" rx="14" fill="${p.main}"/><path d="M290 140 q60 0 60 45 t-60 45" fill="none" stroke="${p.main}" stroke-width="16"/><rect x="170" y="150" width="120" height="18" fill="${p.accent}"/><path d="M205 95 q10 -20 0 -40 M240 95 q10 -20 0 -40" stroke="#fff" stroke-width="6" fill="none" opacity=".7"/>`,
  book: (p) =>
    `<rect x="160" y="70" width="160" height="220" rx="6" fill="${p.main}"/><rect x="160" y="70" width="20" height="220" fill="${p.accent}"/><rect x="200" y="110" width="100" height="12" rx="4" fill="#fff" opacity=".85"/><rect x="200" y="132" width="70" height="8" rx="4" fill="#fff" opacity=".6"/>`,
  headphones: (p) =>
    `<path d="M160 210 V170 a80 80 0 0 1 160 0 V210" fill="none" stroke="#2f2f2f" stroke-width="16"/><rect x="140" y="195" width="44" height="80" rx="16" fill="${p.main}"/><rect x="296" y="195" width="44" height="80" rx="16" fill="${p.main}"/><rect x="150" y="210" width="24" height="50" rx="8" fill="${p.accent}"/><rect x="306" y="210" width="24" height="50" rx="8" fill="${p.accent}"/>`,
  plant: (p) =>
    `<path d="M240 220 C200 170 170 150 150 110 C200 120 230 160 240 220 Z" fill="${p.main}"/><path d="M240 220 C280 160 300 130 340 100 C320 160 280 190 240 220 Z" fill="${p.main}"/><path d="M240 225 C235 160 240 120 250 70 C265 130 255 180 240 225 Z" fill="${p.accent}"/><path d="M190 220 H290 L275 305 H205 Z" fill="#b5653a"/>`,
  sneaker: (p) =>
    `<path d="M120 250 C130 190 170 170 210 170 L240 200 C270 215 330 215 360 235 C375 245 372 262 360 265 H130 Z" fill="${p.main}"/><rect x="120" y="262" width="250" height="18" rx="8" fill="#f2f2f2"/><path d="M200 190 L230 215 M215 180 L245 205" stroke="${p.accent}" stroke-width="7"/>`,
  backpack: (p) =>
    `<rect x="170" y="80" width="140" height="210" rx="40" fill="${p.main}"/><rect x="190" y="190" width="100" height="70" rx="14" fill="${p.accent}"/><path d="M205 80 a35 30 0 0 1 70 0" fill="none" stroke="#333" stroke-width="10"/>`,
  guitar: (p) =>
    `<rect x="232" y="40" width="16" height="170" fill="#6b4a2b"/><rect x="226" y="30" width="28" height="30" rx="5" fill="#3a2a1a"/><circle cx="240" cy="230" r="58" fill="${p.main}"/><circle cx="240" cy="175" r="42" fill="${p.main}"/><circle cx="240" cy="215" r="16" fill="#2a2a2a"/><rect x="215" y="260" width="50" height="10" fill="${p.accent}"/>`,
  camera: (p) =>
    `<rect x="140" y="120" width="200" height="140" rx="16" fill="${p.main}"/><rect x="170" y="100" width="60" height="26" rx="6" fill="${p.main}"/><circle cx="240" cy="190" r="50" fill="#222"/><circle cx="240" cy="190" r="32" fill="${p.accent}"/><circle cx="228" cy="178" r="9" fill="#fff" opacity=".6"/>`,
  watch: (p) =>
    `<rect x="215" y="60" width="50" height="240" rx="12" fill="${p.accent}"/><circle cx="240" cy="180" r="62" fill="${p.main}"/><circle cx="240" cy="180" r="50" fill="#fbfbf8"/><path d="M240 180 V145 M240 180 L265 192" stroke="#222" stroke-width="5" stroke-linecap="round"/>`,
  vinyl: (p) =>
    `<rect x="120" y="80" width="200" height="200" fill="${p.accent}"/><circle cx="300" cy="180" r="95" fill="#161616"/><circle cx="300" cy="180" r="70" fill="none" stroke="#2c2c2c" stroke-width="3"/><circle cx="300" cy="180" r="30" fill="${p.main}"/><circle cx="300" cy="180" r="4" fill="#eee"/>`,
  ebook: (p) =>
    `<rect x="165" y="55" width="150" height="250" rx="18" fill="#262626"/><rect x="180" y="80" width="120" height="190" fill="${p.main}"/><rect x="195" y="105" width="90" height="8" rx="4" fill="${p.accent}"/><rect x="195" y="125" width="70" height="8" rx="4" fill="${p.accent}"/><rect x="195" y="145" width="85" height="8" rx="4" fill="${p.accent}"/>`,
  licence: (p) =>
    `<rect x="120" y="100" width="240" height="160" rx="16" fill="${p.main}"/><circle cx="185" cy="180" r="30" fill="none" stroke="${p.accent}" stroke-width="12"/><rect x="210" y="174" width="100" height="12" fill="${p.accent}"/><rect x="285" y="186" width="12" height="24" fill="${p.accent}"/><rect x="262" y="186" width="12" height="18" fill="${p.accent}"/>`,
  poster: (p) =>
    `<rect x="150" y="50" width="180" height="250" fill="#fffdf7" stroke="#333" stroke-width="6"/><circle cx="240" cy="140" r="45" fill="${p.main}"/><path d="M165 285 L215 200 L250 250 L280 215 L315 285 Z" fill="${p.accent}"/>`,
  teapot: (p) =>
    `<ellipse cx="240" cy="210" rx="90" ry="70" fill="${p.main}"/><path d="M150 200 C110 190 105 150 120 140" fill="none" stroke="${p.main}" stroke-width="14"/><path d="M325 190 q45 0 40 50" fill="none" stroke="${p.main}" stroke-width="14"/><rect x="200" y="130" width="80" height="18" rx="8" fill="${p.accent}"/><circle cx="240" cy="122" r="10" fill="${p.accent}"/>`,
  ball: (p) =>
    `<circle cx="240" cy="180" r="100" fill="${p.main}"/><path d="M140 180 H340 M240 80 V280" stroke="${p.accent}" stroke-width="7"/><path d="M170 110 C210 150 210 210 170 250 M310 110 C270 150 270 210 310 250" fill="none" stroke="${p.accent}" stroke-width="7"/>`,
  robot: (p) =>
    `<rect x="180" y="70" width="120" height="90" rx="16" fill="${p.main}"/><circle cx="215" cy="112" r="12" fill="${p.accent}"/><circle cx="265" cy="112" r="12" fill="${p.accent}"/><rect x="170" y="170" width="140" height="110" rx="14" fill="${p.main}"/><rect x="232" y="45" width="16" height="28" fill="#444"/><circle cx="240" cy="42" r="9" fill="${p.accent}"/><rect x="200" y="200" width="80" height="40" rx="6" fill="#2c2c2c"/>`,
  tshirt: (p) =>
    `<path d="M190 70 L140 95 L110 150 L155 170 L170 145 V300 H310 V145 L325 170 L370 150 L340 95 L290 70 C280 95 200 95 190 70 Z" fill="${p.main}"/><circle cx="240" cy="180" r="32" fill="${p.accent}"/>`,
};

/** An SVG picture of `drawing` in `palette`, 480×360. */
export function illustrationSvg(drawing: Drawing, palette: Palette, angle = 0): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.backdrop[0]}"/><stop offset="1" stop-color="${palette.backdrop[1]}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#bg)"/><ellipse cx="240" cy="318" rx="120" ry="14" fill="#000" opacity=".14"/><g transform="rotate(${angle} 240 180)">${shapes[drawing](palette)}</g></svg>`;
}

/** A round avatar with initials. */
export function avatarSvg(initials: string, palette: Palette): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256"><circle cx="128" cy="128" r="128" fill="${palette.main}"/><circle cx="128" cy="128" r="110" fill="none" stroke="${palette.accent}" stroke-width="8"/><text x="128" y="150" font-family="sans-serif" font-size="76" font-weight="700" text-anchor="middle" fill="#fff">${initials}</text></svg>`;
}

export function renderPng(svg: string): Uint8Array {
  return new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
}
