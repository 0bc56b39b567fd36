import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../test/pageHarness";
import { couponLink, encodeCoupon } from "../couponCode";
import { signedTestCoupon, testSite } from "../testCoupons";
import { CouponQr } from "./CouponQr";

describe("CouponQr", () => {
  it("draws the coupon link as a QR symbol with its finder patterns and quiet zone", async () => {
    const link = couponLink(encodeCoupon(await signedTestCoupon(), testSite), "https://shop.example/");
    const { container } = await renderPage(<CouponQr value={link} size={180} />, { path: "/", client: undefined });
    // Its box is there from the first paint, so nothing moves when the symbol arrives.
    const placeholder = container.querySelector<HTMLElement>(".coupon-qr--drawing")!;
    expect([placeholder.style.width, placeholder.style.height]).toEqual(["180px", "180px"]);

    const svg = await screen.findByRole("img", { name: "QR code of the coupon link" });
    expect(svg.getAttribute("width")).toBe("180");
    const side = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
    // 4 × version + 17 modules, plus 4 on each side; a ~190-byte link needs version 8 or more at level M.
    const version = (side - 8 - 17) / 4;
    expect(Number.isInteger(version)).toBe(true);
    expect(version).toBeGreaterThanOrEqual(8);
    const path = svg.querySelector("path")!.getAttribute("d")!;
    // The three finder patterns start with a full row of 7 dark modules at their corners.
    const far = side - 4 - 7;
    for (const [x, y] of [
      [4, 4],
      [far, 4],
      [4, far],
    ]) {
      expect(path).toContain(`M${x} ${y}h7v1h-7z`);
    }
    expect(path).not.toContain(`M${far} ${far}h7`);
  });
});
