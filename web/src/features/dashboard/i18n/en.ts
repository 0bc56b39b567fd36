/** English strings of the dashboard page (namespace "dashboard", loaded with the page). */
const en = {
  title: "Dashboard",
};

export type DashboardMessages = typeof en;
export default en;
