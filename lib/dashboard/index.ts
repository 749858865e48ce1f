import "server-only";
export { getDashboard, DASHBOARD_CASES, type Dashboard, type AttentionItem, type MoneyByKind } from "./get-dashboard";
export { completenessForCases, type CaseCompleteness } from "./case-completeness";
export { parseDashboardFilters } from "./filters";
export { dayBounds } from "./day-bounds";
