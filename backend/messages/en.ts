/**
 * The backend's own sentences for customers, in English: the submit loop's outcomes, the emails and the documents'
 * headings and labels. Placeholders are `{name}` (and `{n, plural, …}`), as in messages/en.json.
 */
export const en = {
  common: {
    period: "{start} to {end}",
  },
  journey: {
    rejectedTitle: "We can't offer you cover",
    rejectedContent: "{message} We're sorry we can't help this time. You have not been charged.",
    referredTitle: "Your application needs a closer look",
    referredEmailed:
      "{message} We've emailed you at {email} to confirm we have your application, and we'll email you there as " +
      "soon as there is a decision. You have not been charged.",
    referredNoEmail:
      "{message} Please contact us, quoting your reference, to hear the decision. You have not been charged.",
  },
  errors: {
    policyNotFound: "There is no policy {policyNumber} that you can see.",
    signInOrContinue: "Sign in, or continue your quote from the device you started it on.",
    quoteTokenExpired:
      "This quote was last opened on this device more than 30 days ago, so it is no longer open here. " +
      "Sign in to see it, or ask us for a link to continue it.",
    quoteNotForProduct: "Quote {policyNumber} is not for {product}.",
    otpNeedsPolicy: "The verification code step needs the policy_number of your quote.",
    noStep: 'There is no step "{step}" in {product}.',
    startFirst: "Start with the first step of the quote.",
    stepNotYet: 'Step "{step}" can\'t be answered yet: finish the steps before it first.',
    codeFirst: "Enter the code we emailed you before going on.",
    declinedNoChange: "Application {policyNumber} was declined, so it can't be changed. You can start a new quote.",
    awaitingNoChange:
      "Application {policyNumber} is waiting for an underwriter's decision; we'll email you when it's ready.",
    activeNoChange: "Policy {policyNumber} is already active, so its answers can't be changed.",
    closedNoChange: "Policy {policyNumber} is already closed, so its answers can't be changed.",
    noEmailForCode: "We need your email address before we can send a verification code.",
    notWaitingForCode: "Quote {policyNumber} is not waiting for a verification code.",
    codeLimit: "You've asked for several codes in a short time. Please use the newest code, or wait 15 minutes.",
    codeWrong: "That code isn't right. Check the newest email from us and try again.",
    codeExpired: "That code has expired. Choose “Send a new code” to get another.",
    codeLocked: "Too many wrong codes. Choose “Send a new code” to get another.",
    codeFormat: "Enter the 6-digit code from the email.",
    declinedNoBuy: "Application {policyNumber} was declined, so it can't be bought.",
    awaitingNoBuy: "Application {policyNumber} is waiting for an underwriter's decision.",
    alreadyBought: "Policy {policyNumber} is already bought and active.",
    cantConfirm: "Policy {policyNumber} is {status} and can't be confirmed.",
    stepsToFinish: "Quote {policyNumber} still has steps to finish before it can be confirmed.",
    needsDecision: "Quote {policyNumber} needs an underwriter's decision before it can be bought.",
    paymentNotCompleted: "The payment was not completed.",
    paymentSuperseded:
      "Your quote changed, or was already paid for, after this payment started, so it was not taken. Please check " +
      "your quote and pay again.",
    changeSuperseded:
      "Your policy changed after this payment started, so it was not taken and this change was not made. Please " +
      "make the change again.",
    confirmFirst: "Confirm quote {policyNumber} before paying for it.",
    paymentLinkInvalid: "This payment link is not valid. Go back to your quote to start the payment again.",
    filesClosed: "Files can't be added to policy {policyNumber} any more.",
    fileEmpty: "The file is empty.",
    fileTooLarge: "This file is {size}; {field} accepts files up to {max}.",
    fileKindUnknown: "We couldn't tell what kind of file this is.",
    fileKindUnknownAccepts: "We couldn't tell what kind of file this is. {field} accepts {kinds}.",
    fileKindWrongAccepts: "This file is a {kind} file. {field} accepts {kinds}.",
  },
  confirmation: {
    formName: "Confirm your application",
    accurate: "The information I have given is true and complete",
    acceptTerms: "I have read and accept the terms and conditions",
  },
  gateway: {
    title: "Pay {amount} {currency} – Sandbox payment",
    note:
      "Sandbox payment page: no real money moves. Use 4242 4242 4242 4242 to succeed or 4000 0000 0000 0002 to be " +
      "declined (4000 0000 0000 0341 pays now, then declines later instalments).",
    pay: "Pay {amount} {currency}",
    forPolicy: "For policy {policyNumber}.",
    problem: "There is a problem",
    cardNumber: "Card number",
    expiry: "Expiry date (MM/YY)",
    cvc: "Security code",
    name: "Name on card",
    cancel: "Cancel",
    cardNumberInvalid: "Enter a valid card number, e.g. 4242 4242 4242 4242.",
    expiryFormat: "Enter the expiry date as MM/YY.",
    expired: "This card has expired.",
    cvcInvalid: "Enter the 3 or 4 digit security code.",
    nameMissing: "Enter the name on the card.",
    declined: "Your card was declined by your bank. Try another card.",
    testCardsOnly: "This sandbox accepts only its test cards.",
    cancelled: "You cancelled the payment.",
  },
  document: {
    issuedLine: "{product} · Policy {policyNumber} · Issued {date}",
    reference: "Policy {policyNumber}",
    page: "Page {n} of {count}",
    policyNumber: "Policy number",
    policyholder: "Policyholder",
    address: "Address",
    email: "Email",
    product: "Product",
    status: "Status",
    periodOfCover: "Period of cover",
    premium: "Premium",
    premiumIncluding: "{amount} including fees and taxes",
    payment: "Payment",
    dateOfIssue: "Date of issue",
    certificateTitle: "Certificate of Insurance",
    certificateSubject: "Certificate of insurance for policy {policyNumber}",
    suspended:
      "Cover under this policy is suspended{details}. Nothing that happens while it is suspended is covered, and " +
      "this certificate is not evidence of cover until we reinstate the policy.",
    suspendedFrom: " from {date}",
    suspendedNote: " ({note})",
    notActive: "Policy status: {status}. This certificate is not evidence of cover while the policy is not active.",
    policySchedule: "Policy schedule",
    peopleCovered: "People covered",
    important: "Important",
    importantText:
      "This certificate is evidence of the insurance described above. The full terms, conditions and exclusions " +
      "are in your policy wording; please read them together with this certificate and tell us at once if " +
      "anything here is wrong.",
    emergency: "In an emergency, call {phone}, 24 hours a day, quoting policy number {policyNumber}.",
    signed: "Signed for and on behalf of {insurer}, {address}.",
    invoiceTitle: "Tax Invoice",
    invoiceSubject: "Tax invoice for policy {policyNumber}",
    invoiceNumber: "Invoice number",
    invoiceDate: "Invoice date",
    billedTo: "Billed to",
    paymentPlan: "Payment plan",
    charges: "Charges",
    insurancePremium: "Insurance premium",
    subtotal: "Subtotal before taxes",
    totalTaxes: "Total taxes",
    total: "Total",
    premiumIncludingFees: "Insurance premium including fees",
    taxes: "Taxes",
    description: "Description",
    amount: "Amount",
    amountIn: "Amount ({currency})",
    payments: "Payments",
    paymentLine: "{date} · reference {reference}",
    amountPaid: "Amount paid",
    balanceDue: "Balance due",
    noPayment: "No payment has been received for this policy yet.",
    paymentSchedule: "Payment schedule",
    instalment: "Instalment",
    instalmentLine: "{number} of {count} · {date} · {status}",
    instalmentDue: "due",
    instalmentCollected: "paid",
    instalmentRetrying: "not taken yet, trying again",
    instalmentFailed: "not paid",
    instalmentCancelled: "not collected",
    instalmentsTotal: "Total of the instalments",
    recurring: "The balance is taken from your card on each date above.",
    notRecurring: "These payments are no longer taken automatically: please contact us to pay the balance.",
    quoteInvoice:
      "Please quote invoice number {invoice} and policy number {policyNumber} in any correspondence about this invoice.",
    letterTitle: "Confirmation of Cancellation",
    letterSubject: "Cancellation of policy {policyNumber}",
    dear: "Dear {name},",
    re: "Re: your {product} policy {policyNumber}",
    fromInceptionDate: "{date} (from inception)",
    cancelledFromInception:
      "We confirm that your policy has been cancelled from the day it started (from inception): it gave no cover.",
    cancelledOn:
      "We confirm that your policy has been cancelled. Your cover ends on {date}; you are not covered for anything " +
      "that happens after that date.",
    cancellationReason: "Reason for cancellation",
    cancellationRecorded: "Cancellation recorded",
    coverEnds: "Cover ends",
    nothingDue: "Nothing is due back to you under the terms of your policy, so no refund was made.",
    refundMade: "A refund of {amount} was made on {date} (reference {reference}).",
    refundIfDue:
      "If a refund of premium is due under the terms of your policy for the unused period of cover, we will pay it " +
      "to the card or account you paid with within 10 working days. If nothing is due, no further action is needed.",
    nothingPaid: "No payment was taken for this policy, so there is nothing to refund and nothing more to pay.",
    notAsked:
      "If you did not ask for this cancellation or think it is wrong, please contact us quoting policy number " +
      "{policyNumber}.",
    signOff: "Yours sincerely,\n\nCustomer Services\n{insurer}",
    yourRefund: "Your refund",
    basisCoolingOff:
      "You cancelled within the cooling-off period (until {date}), so everything you paid comes back, with no " +
      "cancellation fee.",
    basisFromInception:
      "Your policy is cancelled from the day it started: every day of cover is refunded, less the cancellation fee.",
    basisProRata:
      "{unused} of the {days} days of cover are unused: each part of the price is refunded for those days, less the " +
      "cancellation fee.",
    basisClaim: "A claim was made on this policy, so under its terms no refund is due.",
    refund: "Refund",
    refundLine: "{label} ({amount} charged)",
    less: "Less: {label}",
    totalRefund: "Total refund",
    unpaidInstalments: "Instalments not yet paid",
  },
  email: {
    hello: "Hello {name},",
    helloNameless: "Hello,",
    notCharged: "You have not been charged.",
    codeSubject: "Your verification code",
    codeForSignIn:
      "Your code to sign in to your account is {code}.\n\nIt expires in 10 minutes. If you did not ask for it, you " +
      "can ignore this email.",
    codeForQuote:
      "Your code to confirm your email for quote {policyNumber} is {code}.\n\nIt expires in 10 minutes. If you did " +
      "not ask for it, you can ignore this email.",
    continueSubject: "Continue your {product} quote {policyNumber}",
    continueIntro:
      "Here is the link you asked for to continue your {product} quote (reference {policyNumber}) on any device:",
    continueExpiry:
      "The link works until {date}. It opens the quote at the step you reached, with your answers and any files you " +
      "uploaded. Opening it moves the quote to that device.",
    continueIgnore:
      "If you did not ask for this link, you can ignore this email. Please don't forward it: anyone with the link " +
      "can see and change this quote.",
    issuedSubject: "Your {product} policy {policyNumber}",
    issuedActive: "Thank you. Your {product} policy {policyNumber} is active.",
    issuedCover: "Cover runs from {period}.",
    issuedReceived: "We received {amount}.",
    issuedReceivedReference: "We received {amount} (reference {reference}).",
    issuedDocuments:
      "You can download your certificate of insurance and other documents from your account at any time.",
    missedSubject: "We couldn't take your payment for policy {policyNumber}",
    missedBody:
      "We tried {tries} times to take instalment {number} of your {product} policy {policyNumber}, {amount} due on " +
      "{date}, from your card, and your bank declined it each time.",
    missedNext: "Please contact us to pay it another way, or your cover may be suspended.",
    referralReceivedSubject: "We have your {product} application {policyNumber}",
    referralReceivedThanks: "Thank you for applying for {product}. Your reference is {policyNumber}.",
    referralReceivedNext:
      "What happens next: we will email you at this address as soon as there is a decision. If your application is " +
      "approved, that email has a link to finish your quote and pay, on this or any other device.",
    referralApprovedSubject: "Good news about your {product} application {policyNumber}",
    referralApproved: "Good news: an underwriter has approved your {product} application (reference {policyNumber}).",
    referralApprovedNext: "What happens next: finish your quote and pay using this link, on any device:",
    referralApprovedExpiry: "The link works until {date}. You have not been charged yet.",
    referralDeclinedSubject: "About your {product} application {policyNumber}",
    referralDeclined:
      "We're sorry: after reviewing your {product} application (reference {policyNumber}), we can't offer you cover.",
    referralDeclinedNext:
      "What happens next: nothing more is needed from you. This application is now closed and can't be continued, " +
      "and you have not been charged. A specialist broker may be able to help.",
    renewalPremium: "Premium",
    renewalSubject: "Time to renew your {product} policy {policyNumber}",
    renewalIntro: "Your {product} policy {policyNumber} ends on {end}. Renewing costs {price}.",
    renewalPriceSame: "{thisYear} for the year from {start}, the same as last year's {lastYear}",
    renewalPriceMore: "{thisYear} for the year from {start}, {difference} more than last year's {lastYear}",
    renewalPriceLess: "{thisYear} for the year from {start}, {difference} less than last year's {lastYear}",
    renewalLine: "{label}: {lastYear} last year, {thisYear} this year",
    renewalTotal: "Total: {lastYear} last year, {thisYear} this year",
    renewalChanged: "What changed in your details:",
    renewalUnchanged: "None of your answers has changed.",
    renewalAutomatic:
      "Your policy renews automatically from {start}: on {end} we'll take the renewal price with the card you pay " +
      "by (in the same instalments as now). You don't need to do anything.",
    renewalAutomaticOff:
      'To turn automatic renewal off, sign in to your account, open this policy and press "Turn off automatic ' +
      'renewal". It takes one click and you can turn it back on.',
    renewalEnds: "If you don't renew, your cover ends on {date}.",
    renewalLinkIntro: "Check your answers, change any that are out of date, and renew here, on any device:",
    renewalLinkExpiry: "The link works until {date}; after that, sign in to your account to renew.",
  },
};

/** Every language's catalogue has every English key, each a string. */
export type Catalogue = { [N in keyof typeof en]: Record<keyof (typeof en)[N], string> };
