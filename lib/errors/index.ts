// The error classes only: pure, so parsers, the worker and the browser can throw them.
// Routes answer with lib/errors/error-response, server actions with lib/errors/action-failure.
export {
  AppError,
  InvalidInputError,
  NotFoundError,
  QuotaError,
  UnauthenticatedError,
  type AppErrorOptions,
  type ErrorStatus,
  type MessageValues,
} from "./app-error";
