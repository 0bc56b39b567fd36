/** English strings of the admin page (namespace "admin", loaded with the page). */
const en = {
  title: "Admin",
};

export type AdminMessages = typeof en;
export default en;
