import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** Quiet zone around the symbol, in modules (the QR standard asks for 4). */
const QUIET_ZONE = 4;

interface Drawn {
  value: string;
  /** Side of the symbol with its quiet zone, in modules. */
  size: number;
  /** One SVG path of the dark modules, a run of adjacent modules per subpath. */
  path: string;
}

/** The dark modules of `value`'s QR code as one path. The encoder loads only when a code is drawn. */
async function drawQr(value: string): Promise<Drawn> {
  const library = (await import("qrcode")) as typeof import("qrcode") & { default?: typeof import("qrcode") };
  const { modules } = (library.default ?? library).create(value, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.data[row * modules.size + column]) continue;
      let run = 1;
      while (column + run < modules.size && modules.data[row * modules.size + column + run]) run++;
      parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
      column += run - 1;
    }
  }
  return { value, size: modules.size + 2 * QUIET_ZONE, path: parts.join("") };
}

interface CouponQrProps {
  /** What the code holds: a coupon link (see couponLink). */
  value: string;
  /** Side in CSS pixels. */
  size?: number;
}

function CouponQrBody({ value, size = 200 }: CouponQrProps) {
  const { t } = useTranslation("coupons");
  const [drawn, setDrawn] = useState<Drawn | { value: string; failed: true } | undefined>();

  useEffect(() => {
    let current = true;
    drawQr(value).then(
      (result) => current && setDrawn(result),
      () => current && setDrawn({ value, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [value]);

  const shown = drawn?.value === value ? drawn : undefined;
  if (shown && "failed" in shown) {
    return (
      <p className="coupon-qr coupon-qr--failed notice notice--warning" role="alert">
        {t("qr.failed")}
      </p>
    );
  }
  if (!shown) {
    return (
      <div className="coupon-qr coupon-qr--drawing" style={{ width: size, height: size }} role="status">
        <span className="visually-hidden">{t("qr.drawing")}</span>
      </div>
    );
  }
  return (
    <svg
      className="coupon-qr"
      role="img"
      aria-label={t("qr.label")}
      width={size}
      height={size}
      viewBox={`0 0 ${shown.size} ${shown.size}`}
      shapeRendering="crispEdges"
      data-testid="coupon-qr"
    >
      <rect width={shown.size} height={shown.size} fill="#ffffff" />
      <path d={shown.path} fill="#000000" />
    </svg>
  );
}

/**
 * A QR code of `value` (a coupon link), so a phone wallet's camera can open it. Drawn as SVG, dark
 * on white in both themes (scanners expect that), `size` CSS pixels square from the first paint.
 */
export function CouponQr(props: CouponQrProps) {
  const size = props.size ?? 200;
  return (
    <Suspense fallback={<div className="coupon-qr coupon-qr--drawing" style={{ width: size, height: size }} />}>
      <CouponQrBody {...props} />
    </Suspense>
  );
}
