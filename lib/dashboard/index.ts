import "server-only";
export { getDashboard, DASHBOARD_CASES, type Dashboard, type AttentionItem, type MoneyByKind } from "./get-dashboard";
export { parseDashboardFilters } from "./filters";
export { dayBounds } from "./day-bounds";
