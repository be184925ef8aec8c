export const travelTerms = {
  short:
    "Single-trip cover for medical emergencies, cancellation, lost luggage and personal accident, for trips that start and end in the UK.",
  long: [
    "This policy covers one trip, from the departure date to the return date shown on your certificate. It covers everyone named on the certificate, as long as they live in the UK and are registered with a UK doctor.",
    "We pay for emergency medical treatment abroad, getting you home if a doctor says you need to be, cancelling or cutting short your trip for a reason outside your control, and personal belongings that are lost, stolen or damaged. The limits for each section are on your certificate.",
    "We do not cover medical conditions you told us about unless we agreed to cover them in writing, travel to places the Foreign, Commonwealth and Development Office advises against, or claims arising from alcohol or drug misuse. The first part of most claims, the excess, is yours to pay.",
    "You can cancel within 14 days of buying the policy, or before you travel if sooner, and we will refund what you paid in full. After that, the premium is not refundable. If something goes wrong abroad, call our emergency line before you arrange treatment.",
  ].join("\n\n"),
};

export const travelDocuments = {
  certificate:
    "This certificate confirms single-trip travel insurance for the people named below, for the dates and region shown. Keep it with your passport.",
  emergency_phone: "+44 20 7946 0999",
  emergency_instructions:
    "In a medical emergency, get help locally first, then call us on +44 20 7946 0999, day or night. Have your policy number and passport ready. Keep every receipt.",
};

export const travelProductInformation = {
  summary: "Single-trip travel insurance for people who live in the UK, covering up to ten travellers on one trip.",
  covered: [
    "Emergency medical treatment abroad, and getting you home if a doctor says you need to be",
    "Cancelling or cutting short your trip for a reason outside your control",
    "Personal belongings that are lost, stolen or damaged",
    "A personal accident benefit, paid to the beneficiaries you name",
  ],
  not_covered: [
    "Medical conditions you told us about, unless we agreed to cover them in writing",
    "Travel to places the Foreign, Commonwealth and Development Office advises against",
    "Claims arising from alcohol or drug misuse",
  ],
  restrictions: [
    "You pay the excess towards most claims",
    "Everyone covered must live in the UK and be registered with a UK doctor",
  ],
  where: "The region you choose: the UK, Europe, worldwide excluding the Americas, or worldwide.",
  obligations: [
    "Answer our questions honestly and tell us if anything changes before you travel",
    "Call our emergency line before you arrange treatment abroad",
    "Keep receipts and report thefts to the local police within 24 hours",
  ],
  payment: "You pay the premium once, when you buy the policy.",
  cancellation: "You can cancel within 14 days of buying, or before you travel if sooner, for a full refund.",
};
