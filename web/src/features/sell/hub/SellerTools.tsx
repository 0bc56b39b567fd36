import { useTranslation } from "react-i18next";
import { Link } from "react-router";

const tools = ["sales", "coupons", "dashboard", "profile", "page"] as const;
type Tool = (typeof tools)[number];

const pathOf = (tool: Tool, account: string) =>
  ({
    sales: "/sales",
    coupons: "/sell/coupons",
    dashboard: "/sell/dashboard",
    profile: "/sell/profile",
    page: `/seller/${account}`,
  })[tool];

/** Links to the seller's pages: sales, coupons, dashboard, profile and their public seller page. */
export function SellerTools({ account }: { account: string }) {
  const { t } = useTranslation("sell");
  return (
    <ul className="sell-tools" data-testid="sell-tools">
      {tools.map((tool) => (
        <li key={tool}>
          <Link className="sell-tool" to={pathOf(tool, account)} data-testid={`sell-tool-${tool}`}>
            <span className="sell-tool__title">{t(`hub.tools.${tool}.title`)}</span>
            <span className="sell-tool__text">{t(`hub.tools.${tool}.text`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
