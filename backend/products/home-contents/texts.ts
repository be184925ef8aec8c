export const homeContentsTerms = {
  short: "Cover for the belongings in your home against fire, flood, theft and escape of water, for 12 months.",
  long: [
    "This policy covers the contents of the home at the address on your certificate for 12 months. Contents means your furniture, clothes, electrical goods and other belongings kept in the home, up to the total value shown on your certificate.",
    "We cover loss or damage caused by fire, smoke, storm, flood, escape of water or oil, theft or attempted theft, subsidence and falling trees. Items worth £1,500 or more are covered only if you listed them. We do not cover wear and tear, damage caused gradually, or loss while the home is left unoccupied for more than 60 days in a row.",
    "We settle claims by repairing, replacing or paying for the item on a new-for-old basis. If your total contents value is too low, we may reduce what we pay in proportion. You pay the £100 excess towards each claim.",
    "You can cancel within 14 days for a full refund if you have not claimed. After that we refund the unused part of your premium, less the administration fee. Tell us straight away if you move home or if anything you told us changes.",
  ].join("\n\n"),
};

export const homeContentsDocuments = {
  certificate:
    "This certificate confirms contents cover for the home at the address below, for the period and sums insured shown.",
  emergency_phone: "+44 20 7946 0777",
  emergency_instructions:
    "For a burst pipe, fire or break-in, make the home safe and call our 24-hour helpline on +44 20 7946 0777. We can send an approved tradesperson. Keep damaged items until we have seen them.",
};

export const homeContentsProductInformation = {
  summary: "Annual cover for the belongings in your home, including valuable items you list by name.",
  covered: [
    "Loss of or damage to your belongings from fire, flood, storm, theft and escape of water",
    "Items worth £1,500 or more that you list on the policy",
  ],
  not_covered: [
    "Wear and tear, and gradual damage",
    "Theft when the home was left unlocked",
    "Items worth £1,500 or more that you did not list",
  ],
  restrictions: ["You pay the excess towards every claim", "We pay up to the total contents value you gave us"],
  where: "At the address shown on your certificate.",
  obligations: [
    "Value your contents at what it would cost to replace them new",
    "Tell us if you move or your belongings change in value",
  ],
  payment: "You pay once a year, or in monthly instalments.",
  cancellation:
    "You can cancel within 14 days for a full refund if you have not claimed; after that we refund the unused part.",
};
