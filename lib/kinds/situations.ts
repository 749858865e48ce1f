/** Situation tags a kind module derives from its stored facts; rule and step scopes name them. */
export const ARRIVAL_SITUATION = {
  NONE: "REALTIME_ARRIVAL",
  "2": "DELAYED_ARRIVAL",
  "24": "DELAYED_ARRIVAL",
  UNKNOWN: "ARRIVAL_UNKNOWN",
} as const;
