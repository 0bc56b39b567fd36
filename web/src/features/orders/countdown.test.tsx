import { act, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createFormat } from "../../lib/i18n/format";
import { initI18n } from "../../lib/i18n/i18n";
import { Countdown } from "./components/Countdown";
import { countdown, countdownText, durationParts } from "./countdown";
import { noteChainTime, resetChainClock } from "../../lib/chain/chainClock";

beforeAll(async () => {
  await initI18n();
  await i18next.loadLanguages(["en", "zh"]);
  await i18next.loadNamespaces("orders");
});

describe("durationParts", () => {
  it("keeps the two largest units, rounded down, and seconds only under a minute", () => {
    expect(durationParts(2 * 86_400 + 4 * 3_600 + 59 * 60)).toEqual([
      { unit: "d", value: 2 },
      { unit: "h", value: 4 },
    ]);
    expect(durationParts(3_600 + 5 * 60 + 30)).toEqual([
      { unit: "h", value: 1 },
      { unit: "min", value: 5 },
    ]);
    expect(durationParts(86_400 + 59)).toEqual([{ unit: "d", value: 1 }]);
    expect(durationParts(86_400 + 30 * 60)).toEqual([{ unit: "d", value: 1 }]);
    expect(durationParts(12 * 60 + 5)).toEqual([{ unit: "min", value: 12 }]);
    expect(durationParts(45)).toEqual([{ unit: "s", value: 45 }]);
    expect(durationParts(-3 * 3_600)).toEqual([{ unit: "h", value: 3 }]);
    expect(durationParts(0)).toEqual([{ unit: "s", value: 0 }]);
  });
});

describe("countdown text", () => {
  const text = (language: "en" | "zh", deadline: number, now: number) =>
    countdownText(
      i18next.getFixedT(language, "orders"),
      createFormat(language === "en" ? "en-US" : "zh-CN"),
      countdown(deadline, now),
    );

  it("says what is left, and how long ago it ended (a deadline's last second is still open)", () => {
    const now = 1_700_000_000;
    expect(text("en", now + 2 * 86_400 + 4 * 3_600 + 10, now)).toBe("2 d 4 h left");
    expect(text("en", now + 90, now)).toBe("1 min left");
    expect(text("en", now, now)).toBe("0 s left");
    expect(countdown(now, now).ended).toBe(false);
    expect(countdown(now, now + 1).ended).toBe(true);
    expect(text("en", now - 3 * 3_600 - 20, now)).toBe("ended 3 h ago");
    expect(text("zh", now + 2 * 86_400 + 4 * 3_600, now)).toBe("还剩 2 天 4 小时");
    expect(text("zh", now - 3 * 3_600, now)).toBe("已于 3 小时前结束");
  });
});

describe("<Countdown>", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2023-11-14T12:00:00Z"));
    resetChainClock();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetChainClock();
  });

  const renderCountdown = async (deadline: number) => {
    await i18next.changeLanguage("en");
    return render(
      <I18nextProvider i18n={i18next}>
        <Countdown deadline={deadline} testId="countdown" />
      </I18nextProvider>,
    );
  };

  it("ticks every second, turns urgent under a day, and gives the exact date in its time element", async () => {
    const now = Date.parse("2023-11-14T12:00:00Z") / 1000;
    await renderCountdown(now + 61);
    const time = screen.getByTestId("countdown");
    expect(time.textContent).toBe("1 min left");
    expect(time.getAttribute("datetime")).toBe("2023-11-14T12:01:01.000Z");
    expect(time.getAttribute("title")).toMatch(/Nov 14, 2023/);
    expect(time.getAttribute("data-state")).toBe("urgent");
    act(() => void vi.advanceTimersByTime(2_000));
    expect(time.textContent).toBe("59 s left");
    act(() => void vi.advanceTimersByTime(60_000));
    expect(time.textContent).toBe("ended 1 s ago");
    expect(time.getAttribute("data-state")).toBe("ended");
  });

  it("follows a chain clock that runs ahead of the browser's (a block from the future), never behind it", async () => {
    const now = Date.parse("2023-11-14T12:00:00Z") / 1000;
    await renderCountdown(now + 3 * 86_400);
    const time = screen.getByTestId("countdown");
    expect(time.textContent).toBe("3 d left");
    expect(time.getAttribute("data-state")).toBe("open");
    act(() => noteChainTime(now - 3_600)); // an idle chain's old block says nothing about now
    expect(time.textContent).toBe("3 d left");
    act(() => noteChainTime(now + 2 * 86_400 + 60)); // anvil moved forward two days
    expect(time.textContent).toBe("23 h 59 min left");
  });
});
