/** English strings of the arbitration page (namespace "arbitration", loaded with the page). */
const en = {
  title: "Arbitration",
};

export type ArbitrationMessages = typeof en;
export default en;
