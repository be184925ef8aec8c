import accounts from "./accounts.json";

/** Demo sign-ins (also printed by `npm start`, which reads the JSON). Seeded only outside production. */
export const DEMO_USERS = accounts.users as Array<{
  username: string;
  password: string;
  name: string;
  agentCode: string;
  role: "agent" | "supervisor";
}>;
export const DEMO_CUSTOMER = accounts.customer;
