// The dashboard's chart (recharts, in its own chunk: the page's shell and figures render before
// it loads): revenue in one token as bars on the left axis, orders as a line on the right axis.
// Colours are CSS variables (dashboard.css), so the chart follows the light or dark theme.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from "recharts";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { chartPoints, type ChartPoint, type DashboardToken, type DayFigures } from "../dailySeries";
import { dayFormatters } from "../dayFormat";

export interface SalesChartProps {
  series: readonly DayFigures[];
  token: DashboardToken;
}

const axisTick = { fill: "var(--color-text-muted)", fontSize: 12 };

/** A dot on days with orders only: a row of dots along the axis would hide the quiet days' zero. */
function OrdersDot({ cx, cy, index, payload }: DotItemDotProps) {
  if (!(payload as ChartPoint).orders || cx === undefined || cy === undefined) return <g key={index} />;
  return <circle key={index} cx={cx} cy={cy} r={3} fill="var(--dashboard-orders)" />;
}

/** The hovered (or keyboard-focused) day: its date, orders and exact revenue. */
function DayTooltip({
  active,
  payload,
  token,
}: Pick<TooltipContentProps<number, string>, "active" | "payload"> & { token: DashboardToken }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const point = payload?.[0]?.payload as (ChartPoint & { volume: string }) | undefined;
  if (!active || !point) return null;
  const days = dayFormatters(format.locale);
  return (
    <div className="dashboard-chart__tooltip">
      <p className="dashboard-chart__tooltip-day">{days.long(point.date)}</p>
      <p>
        <span className="dashboard-chart__swatch dashboard-chart__swatch--revenue" aria-hidden="true" />
        {t("chart.revenue", { symbol: token.symbol ?? "" })}:{" "}
        <strong>{formatPrice(format, point.volume, token)}</strong>
      </p>
      <p>
        <span className="dashboard-chart__swatch dashboard-chart__swatch--orders" aria-hidden="true" />
        {t("chart.orders")}: <strong>{format.integer(point.orders)}</strong>
      </p>
    </div>
  );
}

/** Orders and revenue per day for the period of `series`, in `token`. */
export default function SalesChart({ series, token }: SalesChartProps) {
  const format = useFormat();
  const days = useMemo(() => dayFormatters(format.locale), [format.locale]);
  const compact = useMemo(
    () => new Intl.NumberFormat(format.locale, { notation: "compact", maximumSignificantDigits: 3 }),
    [format.locale],
  );
  const data = useMemo(
    () =>
      chartPoints(series, token.decimals ?? 0).map((point, index) => ({
        ...point,
        volume: series[index]!.volume.toString(),
      })),
    [series, token.decimals],
  );
  return (
    <ComposedChart
      data={data}
      responsive
      className="dashboard-chart__svg"
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 0, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="var(--color-border)" strokeDasharray="3 3" />
      <XAxis
        dataKey="date"
        tickFormatter={(date: number) => days.short(date)}
        tick={axisTick}
        tickLine={false}
        axisLine={{ stroke: "var(--color-border-strong)" }}
        minTickGap={24}
        interval="preserveStartEnd"
      />
      <YAxis
        yAxisId="revenue"
        tickFormatter={(value: number) => compact.format(value)}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        width={44}
      />
      <YAxis
        yAxisId="orders"
        orientation="right"
        allowDecimals={false}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        width={32}
      />
      <Tooltip
        content={({ active, payload }) => <DayTooltip active={active} payload={payload} token={token} />}
        cursor={{ fill: "var(--color-surface-muted)" }}
        isAnimationActive={false}
      />
      <Bar
        yAxisId="revenue"
        dataKey="revenue"
        fill="var(--dashboard-revenue)"
        radius={[3, 3, 0, 0]}
        maxBarSize={32}
        isAnimationActive={false}
      />
      <Line
        yAxisId="orders"
        dataKey="orders"
        type="linear"
        stroke="var(--dashboard-orders)"
        strokeWidth={2}
        dot={OrdersDot}
        activeDot={{ r: 4 }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
