// How the admin page writes fees and empty values, in one place for every section.
import type { TFunction } from "i18next";
import type { Format } from "../../lib/i18n/format";
import { BPS } from "./adminForms";

/** "2.50% (250 bps)". */
export const feeText = (format: Format, t: TFunction<"admin">, bps: number) =>
  t("fee", { percent: format.percent(bps / BPS), bps: format.integer(bps) });
