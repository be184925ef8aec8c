/** Demo sign-ins, printed by `npm start`. Seeded only outside production. */
export const DEMO_USERS = [
  { username: "agent", password: "agent-demo-2026", name: "Alex Agent", agentCode: "A0001", role: "agent" as const },
  { username: "supervisor", password: "supervisor-demo-2026", name: "Sam Supervisor", agentCode: "S0001", role: "supervisor" as const },
];
export const DEMO_CUSTOMER = { email: "demo.customer@example.com", firstName: "Dana", lastName: "Demo" };
