import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { eth, usdc } from "../../test/fixtures";
import { csvField, salesCsv, salesCsvColumns, salesCsvFileName, toCsv, type ExportOrder } from "./salesCsv";

const buyer = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

function order(overrides: Partial<ExportOrder> & Pick<ExportOrder, "orderId" | "placedAt">): ExportOrder {
  return {
    id: `0x${BigInt(overrides.orderId).toString(16).padStart(64, "0")}`,
    quantity: "1",
    amount: "20000000000000000",
    platformFee: "0",
    status: "Paid",
    shippedAt: null,
    closedAt: null,
    token: eth,
    buyer: { id: buyer },
    metadata: { name: "Stoneware bowl" },
    listing: { id: "0x07", current: [{ name: "Stoneware bowl (edited)" }] },
    ...overrides,
  };
}

/** Reads a CSV (RFC 4180, CRLF rows, a leading byte-order mark ignored) as rows of fields. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

describe("CSV fields", () => {
  it("quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "best" lamp')).toBe('"the ""best"" lamp"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(csvField("")).toBe("");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+44 20")).toBe("'+44 20");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Only at the start.
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("1.5")).toBe("1.5");
  });

  it("ends every record with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c,d", "e"],
      ]),
    ).toBe('a,b\r\n"c,d",e\r\n');
  });
});

describe("the sales file", () => {
  it("has the header, then one row per order, oldest first, amounts in token units and ISO dates", () => {
    const csv = salesCsv([
      order({
        orderId: "30",
        placedAt: "1715400000",
        token: usdc,
        amount: "12500000",
        platformFee: "250000",
        quantity: "2",
        status: "Completed",
        shippedAt: "1715403600",
        closedAt: "1715490000",
        metadata: null,
      }),
      order({ orderId: "12", placedAt: "1715300000" }),
      order({ orderId: "11", placedAt: "1715300000", metadata: { name: '=cmd|"/c calc"!A1, lamp' } }),
    ]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...salesCsvColumns]);
    expect(rows[0]).toEqual([
      "order_id",
      "date",
      "listing_id",
      "listing_title",
      "buyer",
      "quantity",
      "token",
      "amount",
      "fee",
      "status",
      "shipped_at",
      "closed_at",
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(["11", "12", "30"]);
    expect(rows[2]).toEqual([
      "12",
      "2024-05-10T00:13:20.000Z",
      "0x07",
      "Stoneware bowl",
      buyer,
      "1",
      "ETH",
      "0.02",
      "0",
      "Paid",
      "",
      "",
    ]);
    // Without the purchase's metadata, the listing's current title; the USDC order's figures.
    expect(rows[3]).toEqual([
      "30",
      "2024-05-11T04:00:00.000Z",
      "0x07",
      "Stoneware bowl (edited)",
      buyer,
      "2",
      "USDC",
      "12.5",
      "0.25",
      "Completed",
      "2024-05-11T05:00:00.000Z",
      "2024-05-12T05:00:00.000Z",
    ]);
    // The formula title reads back as text, apostrophe first.
    expect(rows[1]![3]).toBe(`'=cmd|"/c calc"!A1, lamp`);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1, lamp"`);
    expect(rows).toHaveLength(4);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("names the file after the seller and the day", () => {
    expect(salesCsvFileName(buyer, new Date("2024-05-10T12:00:00Z"))).toBe("agora-sales-0x90f79b-2024-05-10.csv");
  });
});
