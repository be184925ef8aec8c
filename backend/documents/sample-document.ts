import type { DocumentData } from "./document-data";

/**
 * A realistic active travel policy: two fees, two taxes, one payment, two beneficiaries. The documents' tests draw it,
 * and the API draws it before it listens (./warm-up.ts).
 */
export function sampleDocument(overrides: Partial<DocumentData> = {}): DocumentData {
  return {
    policy: {
      customer_name: "Amelia Okonkwo-Hart",
      policy_number: "HBR-7Q4K2M",
      parent_policy_number: null,
      product_name: "Travel insurance",
      product_slug: "travel",
      subproduct_name: "Travel insurance",
      subproduct_slug: "travel",
      status: "Active",
      start_date: "2026-11-22",
      end_date: "2026-12-06",
      form_data: {
        trip: { destination: "europe", departure: "2026-11-22", return: "2026-12-06", trip_cost: "2450.00" },
        people: {
          travellers: [{ name: "Amelia Okonkwo-Hart" }, { name: "Tomás Hart" }],
          first_name: "Amelia",
          last_name: "Okonkwo-Hart",
        },
        confirmation: { accurate: true, accept_terms: true },
      },
      pricing: { policy_price: "1240.50", tax_amount: "151.38", total_amount: "1391.88" },
      price_breakdown: {
        currency: "GBP",
        amount_pre_fees_and_taxes: "1225.50",
        fees: [
          { id: "admin", label: "Policy administration fee", amount: "10.00" },
          { id: "medical", label: "Medical screening fee", amount: "5.00" },
        ],
        total_fees: "15.00",
        taxes: [
          { id: "ipt", label: "Insurance premium tax (12%)", amount: "147.06" },
          { id: "levy", label: "Fire brigade levy (0.35%)", amount: "4.32" },
        ],
        total_taxes: "151.38",
        total: "1391.88",
      },
      attachments: [],
      payment_mode_name: "Pay once",
      last_successful_payment: "2026-11-20T10:15:00.000Z",
      payments: [
        {
          timestamp: "2026-11-20T10:15:00.000Z",
          amount: "1391.88",
          policy_number: "HBR-7Q4K2M",
          payment_reference: "PAY-93F1C2",
          bank_approval_code: "A1B2C3",
          amount_breakdown: { commission_amount: "0.00", tax_amount: "151.38", policy_price: "1240.50" },
          payer_name: "Amelia Okonkwo-Hart",
          payment_gateway: "Sandbox gateway",
          status: "Payment succeeded",
          payment_token: "",
          initial_date: "2026-11-20",
          request_date: "2026-11-20",
        },
      ],
      quote_number: "HBR-7Q4K2M",
      coverage_items: [],
      renewed_from_policy_number: null,
      notification_logs: [],
      status_logs: [],
      partnership: null,
      can_endorse: false,
      can_cancel: true,
      can_renew: false,
      beneficiaries: [
        {
          fullname: "Amelia Okonkwo-Hart",
          dob: "1988-03-14",
          mobile: "+447700900123",
          email: null,
          relationship: "Policyholder",
        },
        { fullname: "Tomás Hart", dob: "2015-07-02", mobile: null, email: null, relationship: "Child" },
      ],
      version_id: "v-3",
    },
    product: {
      name: "Travel insurance",
      slug: "travel",
      documents: {
        certificate:
          "This certificate confirms single-trip travel insurance for the people named below, for the dates and region shown. Keep it with your passport.",
        emergency_phone: "+44 20 7946 0999",
        emergency_instructions:
          "In a medical emergency, get help locally first, then call us on +44 20 7946 0999, day or night. Have your policy number and passport ready. Keep every receipt.",
      },
    },
    holder: {
      name: "Amelia Okonkwo-Hart",
      email: "amelia@example.com",
      address: "14 Harbourside Walk, Bristol BS1 5LL",
    },
    issuedAt: new Date("2026-11-20T10:16:00.000Z"),
    cancellation: null,
    schedule: [
      {
        heading: "Your trip",
        rows: [
          ["Departure date", "22 November 2026"],
          ["Return date", "6 December 2026"],
          ["Destination", "Europe"],
        ],
      },
    ],
    people: [
      { name: "Amelia Okonkwo-Hart", role: "Traveller", details: "Date of birth: 14 March 1988" },
      { name: "Tomás Hart", role: "Traveller", details: "Date of birth: 2 July 2015" },
      { name: "Grace Hart", role: "Beneficiary (not travelling)", details: "Relationship to you: Parent" },
    ],
    insurer: {
      name: "Harbour Insurance Ltd",
      address: "1 Quay Street, Bristol BS1 4DJ",
      registration: "Authorised and regulated by the Financial Conduct Authority. FRN 000000 (demo)",
    },
    ...overrides,
  };
}

/** An Arabic bicycle policy: the product's texts already in Arabic, as the backend hands them over. */
export function sampleArabicDocument(overrides: Partial<DocumentData> = {}): DocumentData {
  const d = sampleDocument();
  return sampleDocument({
    language: "ar",
    policy: {
      ...d.policy,
      product_name: "تأمين الدراجات الهوائية",
      subproduct_name: "تأمين الدراجات الهوائية",
      payment_mode_name: "الدفع مرة واحدة",
    },
    product: {
      ...d.product,
      name: "تأمين الدراجات الهوائية",
      documents: { ...d.product.documents, certificate: "تؤكد هذه الشهادة تغطية الدراجة الموصوفة أدناه." },
    },
    schedule: [{ heading: "دراجتك", rows: [["النوع", "هجينة أو للتنقل اليومي"]] }],
    people: [],
    ...overrides,
  });
}
