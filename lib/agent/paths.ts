const seg = encodeURIComponent;

/** The browser-side paths of a policy's actions (through the app's proxy). */
export const policyApi = {
  action: (policyNumber: string, action: string) => `/api/v3/policy/${seg(policyNumber)}/${action}/`,
  login: "/api/v3/login/",
  logout: "/api/v3/logout/",
};
