import type { TFunction } from "i18next";
import { formatPrice } from "../../../lib/chain/display";
import type { Format } from "../../../lib/i18n/format";
import type { RulingSplit } from "../split";

export interface SplitToken {
  id: string;
  symbol: string | null;
  decimals: number | null;
}

/** The ruling's amounts to the wei, as the contract will pay them, with the rates they come from. */
export function SplitBreakdown({
  split,
  token,
  arbiterFeeBps,
  feeBps,
  t,
  format,
}: {
  split: RulingSplit;
  token: SplitToken;
  arbiterFeeBps: number;
  feeBps: number;
  t: TFunction<"arbitration">;
  format: Format;
}) {
  const money = (value: bigint) => formatPrice(format, value.toString(), token);
  const rows: [string, string, string, boolean?][] = [
    ["escrow", t("ruling.breakdown.escrow"), money(split.escrow)],
    [
      "arbiter-fee",
      t("ruling.breakdown.arbiterFee", { rate: format.percent(arbiterFeeBps / 10_000) }),
      money(split.arbiterFee),
    ],
    ["buyer", t("ruling.breakdown.buyer"), money(split.buyerAmount), true],
    ["seller-share", t("ruling.breakdown.sellerShare"), money(split.sellerShare)],
    [
      "platform-fee",
      t("ruling.breakdown.platformFee", { rate: format.percent(feeBps / 10_000) }),
      money(split.platformFee),
    ],
    ["seller", t("ruling.breakdown.seller"), money(split.sellerAmount), true],
  ];
  return (
    <dl className="arbitration-split" aria-label={t("ruling.breakdown.label")} data-testid="ruling-breakdown">
      {rows.map(([key, label, value, strong]) => (
        <div
          key={key}
          className={strong ? "arbitration-split__row arbitration-split__row--total" : "arbitration-split__row"}
        >
          <dt>{label}</dt>
          <dd data-testid={`split-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
