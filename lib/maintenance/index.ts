import "server-only";
export { runHousekeeping } from "./housekeeping";
