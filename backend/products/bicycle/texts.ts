export const bicycleTerms = {
  short:
    "Cover for your bicycle against theft and damage for 12 months, with the level of cover, excess and extras you choose.",
  long: [
    "This policy covers the bicycle described on your certificate for 12 months from the start date. It covers theft from your home, theft when the bike is locked to an immovable object, and malicious damage, subject to the level of cover you chose.",
    "When you leave the bike unattended away from home, it must be locked with a lock rated Sold Secure Silver or better. If it is stolen when it was not locked in this way, we will not pay the claim.",
    "We settle claims by repairing the bike or replacing it with one of the same make and specification. You pay the excess shown on your certificate towards every claim. We do not cover wear and tear, mechanical breakdown or punctures.",
    "You can cancel within 14 days and get a full refund if you have not claimed. After that, we refund the unused part of an annual premium less the administration fee. If you pay monthly and miss a payment, we will write to you before cancelling.",
  ].join("\n\n"),
};

export const bicycleDocuments = {
  certificate:
    "This certificate confirms cover for the bicycle described below, for the period, level of cover and excess shown.",
  emergency_phone: "+44 20 7946 0888",
  emergency_instructions:
    "If your bike is stolen, report it to the police within 24 hours and get a crime reference number, then call us on +44 20 7946 0888 or claim online.",
};

export const bicycleProductInformation = {
  summary:
    "Annual cover for one bicycle or e-bike worth from £100 to £15,000, with the level of cover and excess you choose.",
  covered: [
    "Theft from your home, or when the bike is locked to an immovable object",
    "Malicious damage",
    "Accidental damage and theft abroad, when you add those extras",
  ],
  not_covered: [
    "Wear and tear, mechanical breakdown and punctures",
    "Theft when the bike was not locked as the policy requires",
  ],
  restrictions: [
    "You pay the excess shown on your certificate towards every claim",
    "Locks must be rated Sold Secure Silver or better",
  ],
  where: "In the UK, and abroad for up to 60 days a year with the theft-abroad extra.",
  obligations: [
    "Tell us the bike's true value and frame number",
    "Report a theft to the police within 24 hours and get a crime reference number",
  ],
  payment: "You pay once a year, or in monthly instalments.",
  cancellation:
    "You can cancel within 14 days for a full refund if you have not claimed; after that we refund the unused part.",
};
