import type { Catalogue } from "./en";

/** The backend's sentences in Arabic (Modern Standard Arabic); same keys and placeholders as en.ts. */
export const ar: Catalogue = {
  common: {
    period: "من {start} إلى {end}",
  },
  journey: {
    rejectedTitle: "لا يمكننا أن نقدّم لك التغطية",
    rejectedContent: "{message} نأسف لعدم تمكّننا من مساعدتك هذه المرة. لم يُخصم منك أي مبلغ.",
    referredTitle: "طلبك يحتاج إلى مراجعة أدق",
    referredEmailed:
      "{message} أرسلنا إليك رسالة على {email} لنؤكد استلام طلبك، وسنراسلك على العنوان نفسه فور صدور القرار. " +
      "لم يُخصم منك أي مبلغ.",
    referredNoEmail: "{message} يُرجى التواصل معنا مع ذكر الرقم المرجعي لمعرفة القرار. لم يُخصم منك أي مبلغ.",
  },
  document: {
    issuedLine: "{product} · الوثيقة {policyNumber} · صدرت في {date}",
    reference: "الوثيقة {policyNumber}",
    page: "الصفحة {n} من {count}",
    policyNumber: "رقم الوثيقة",
    policyholder: "حامل الوثيقة",
    address: "العنوان",
    email: "البريد الإلكتروني",
    product: "المنتج",
    status: "الحالة",
    periodOfCover: "مدة التغطية",
    premium: "القسط",
    premiumIncluding: "{amount} شاملًا الرسوم والضرائب",
    payment: "الدفع",
    dateOfIssue: "تاريخ الإصدار",
    certificateTitle: "شهادة التأمين",
    certificateSubject: "شهادة التأمين للوثيقة {policyNumber}",
    suspended:
      "التغطية بموجب هذه الوثيقة معلّقة{details}. لا يشمل التأمين أي شيء يحدث أثناء التعليق، ولا تُعد هذه الشهادة " +
      "دليلًا على التغطية حتى نعيد تفعيل الوثيقة.",
    suspendedFrom: " اعتبارًا من {date}",
    suspendedNote: " ({note})",
    notActive: "حالة الوثيقة: {status}. لا تُعد هذه الشهادة دليلًا على التغطية ما دامت الوثيقة غير سارية.",
    policySchedule: "جدول الوثيقة",
    peopleCovered: "الأشخاص المشمولون بالتغطية",
    important: "مهم",
    importantText:
      "هذه الشهادة دليل على التأمين الموصوف أعلاه. الشروط والأحكام والاستثناءات الكاملة واردة في نص وثيقتك؛ يُرجى " +
      "قراءتها مع هذه الشهادة وإبلاغنا فورًا إذا كان أي شيء هنا غير صحيح.",
    emergency: "في حالات الطوارئ، اتصل على {phone} على مدار الساعة، مع ذكر رقم الوثيقة {policyNumber}.",
    signed: "وُقّعت بالنيابة عن {insurer}، {address}.",
    invoiceTitle: "فاتورة ضريبية",
    invoiceSubject: "الفاتورة الضريبية للوثيقة {policyNumber}",
    invoiceNumber: "رقم الفاتورة",
    invoiceDate: "تاريخ الفاتورة",
    billedTo: "صادرة إلى",
    paymentPlan: "خطة الدفع",
    charges: "الرسوم",
    insurancePremium: "قسط التأمين",
    subtotal: "المجموع قبل الضرائب",
    totalTaxes: "إجمالي الضرائب",
    total: "الإجمالي",
    premiumIncludingFees: "قسط التأمين شاملًا الرسوم",
    taxes: "الضرائب",
    description: "البيان",
    amount: "المبلغ",
    amountIn: "المبلغ ({currency})",
    payments: "الدفعات",
    paymentLine: "{date} · الرقم المرجعي {reference}",
    amountPaid: "المبلغ المدفوع",
    balanceDue: "الرصيد المستحق",
    noPayment: "لم تُستلم أي دفعة لهذه الوثيقة حتى الآن.",
    paymentSchedule: "جدول الدفعات",
    instalment: "القسط",
    instalmentLine: "{number} من {count} · {date} · {status}",
    instalmentDue: "مستحق",
    instalmentCollected: "مدفوع",
    instalmentRetrying: "لم يُحصّل بعد، وسنحاول مجددًا",
    instalmentFailed: "غير مدفوع",
    instalmentCancelled: "لن يُحصّل",
    instalmentsTotal: "إجمالي الأقساط",
    recurring: "يُخصم الرصيد من بطاقتك في كل تاريخ من التواريخ أعلاه.",
    notRecurring: "لم تعد هذه الدفعات تُخصم تلقائيًا: يُرجى التواصل معنا لدفع الرصيد.",
    quoteInvoice: "يُرجى ذكر رقم الفاتورة {invoice} ورقم الوثيقة {policyNumber} في أي مراسلة بشأن هذه الفاتورة.",
    letterTitle: "تأكيد الإلغاء",
    letterSubject: "إلغاء الوثيقة {policyNumber}",
    dear: "عزيزنا {name}،",
    re: "الموضوع: وثيقة {product} رقم {policyNumber}",
    fromInceptionDate: "{date} (من تاريخ البدء)",
    cancelledFromInception: "نؤكد أن وثيقتك أُلغيت اعتبارًا من يوم بدئها (من تاريخ البدء): فلم تقدّم أي تغطية.",
    cancelledOn: "نؤكد أن وثيقتك أُلغيت. تنتهي تغطيتك في {date}؛ ولا يشمل التأمين أي شيء يحدث بعد ذلك التاريخ.",
    cancellationReason: "سبب الإلغاء",
    cancellationRecorded: "تاريخ تسجيل الإلغاء",
    coverEnds: "انتهاء التغطية",
    nothingDue: "لا يُستحق لك أي مبلغ بموجب شروط وثيقتك، لذا لم يُصرف أي استرداد.",
    refundMade: "صُرف لك استرداد بمبلغ {amount} في {date} (الرقم المرجعي {reference}).",
    refundIfDue:
      "إذا استُحق لك استرداد جزء من القسط بموجب شروط وثيقتك عن مدة التغطية غير المستخدمة، فسنعيده إلى البطاقة أو " +
      "الحساب الذي دفعت منه خلال 10 أيام عمل. وإذا لم يُستحق شيء، فلا يلزمك أي إجراء آخر.",
    nothingPaid: "لم تُحصّل أي دفعة لهذه الوثيقة، لذا لا يوجد ما يُسترد ولا ما يُدفع.",
    notAsked: "إن لم تطلب هذا الإلغاء أو رأيت أنه خطأ، فيُرجى التواصل معنا مع ذكر رقم الوثيقة {policyNumber}.",
    signOff: "مع خالص التحية،\n\nخدمة العملاء\n{insurer}",
    yourRefund: "المبلغ المسترد",
    basisCoolingOff: "ألغيت خلال فترة التراجع (حتى {date})، لذا يُعاد إليك كل ما دفعته، دون رسوم إلغاء.",
    basisFromInception: "أُلغيت وثيقتك اعتبارًا من يوم بدئها: يُسترد كل يوم من أيام التغطية، بعد خصم رسوم الإلغاء.",
    basisProRata:
      "لم تُستخدم {unused} من أيام التغطية البالغة {days} يومًا: يُسترد كل جزء من السعر عن تلك الأيام، بعد خصم رسوم " +
      "الإلغاء.",
    basisClaim: "قُدّمت مطالبة على هذه الوثيقة، لذا لا يُستحق أي استرداد بموجب شروطها.",
    refund: "الاسترداد",
    refundLine: "{label} ({amount} مدفوعة)",
    less: "يُخصم: {label}",
    totalRefund: "إجمالي الاسترداد",
    unpaidInstalments: "أقساط لم تُدفع بعد",
  },
  email: {
    hello: "مرحبًا {name}،",
    helloNameless: "مرحبًا،",
    notCharged: "لم يُخصم منك أي مبلغ.",
    codeSubject: "رمز التحقق الخاص بك",
    codeForSignIn:
      "رمز تسجيل الدخول إلى حسابك هو {code}.\n\nتنتهي صلاحيته بعد 10 دقائق. إن لم تطلبه، فيمكنك تجاهل هذه الرسالة.",
    codeForQuote:
      "رمز تأكيد بريدك الإلكتروني لعرض السعر {policyNumber} هو {code}.\n\nتنتهي صلاحيته بعد 10 دقائق. إن لم تطلبه، " +
      "فيمكنك تجاهل هذه الرسالة.",
    continueSubject: "أكمل عرض سعر {product} رقم {policyNumber}",
    continueIntro: "إليك الرابط الذي طلبته لإكمال عرض سعر {product} (الرقم المرجعي {policyNumber}) من أي جهاز:",
    continueExpiry:
      "يعمل الرابط حتى {date}. يفتح عرض السعر عند الخطوة التي وصلت إليها، مع إجاباتك وأي ملفات رفعتها. " +
      "وفتحه ينقل عرض السعر إلى ذلك الجهاز.",
    continueIgnore:
      "إن لم تطلب هذا الرابط، فيمكنك تجاهل هذه الرسالة. يُرجى عدم إعادة توجيهها: فكل من يملك الرابط يستطيع " +
      "الاطلاع على عرض السعر هذا وتغييره.",
    issuedSubject: "وثيقة {product} رقم {policyNumber}",
    issuedActive: "شكرًا لك. أصبحت وثيقة {product} رقم {policyNumber} سارية.",
    issuedCover: "تسري التغطية {period}.",
    issuedReceived: "استلمنا {amount}.",
    issuedReceivedReference: "استلمنا {amount} (الرقم المرجعي {reference}).",
    issuedDocuments: "يمكنك تنزيل شهادة التأمين وغيرها من المستندات من حسابك في أي وقت.",
    missedSubject: "تعذّر علينا تحصيل دفعتك للوثيقة {policyNumber}",
    missedBody:
      "حاولنا {tries, plural, one {مرة واحدة} two {مرتين} few {# مرات} other {# مرة}} تحصيل القسط {number} من وثيقة " +
      "{product} رقم {policyNumber}، وقدره {amount} المستحق في {date}، من بطاقتك، ورفض مصرفك العملية في كل مرة.",
    missedNext: "يُرجى التواصل معنا لدفعه بطريقة أخرى، وإلا فقد تُعلَّق تغطيتك.",
    referralReceivedSubject: "استلمنا طلب {product} رقم {policyNumber}",
    referralReceivedThanks: "شكرًا لتقديمك طلب {product}. رقمك المرجعي هو {policyNumber}.",
    referralReceivedNext:
      "الخطوة التالية: سنراسلك على هذا العنوان فور صدور القرار. وإذا وافقنا على طلبك، فستتضمن تلك الرسالة رابطًا " +
      "لإكمال عرض السعر والدفع، من هذا الجهاز أو من أي جهاز آخر.",
    referralApprovedSubject: "أخبار سارّة بشأن طلب {product} رقم {policyNumber}",
    referralApproved: "أخبار سارّة: وافق أحد المكتتبين على طلب {product} (الرقم المرجعي {policyNumber}).",
    referralApprovedNext: "الخطوة التالية: أكمل عرض السعر وادفع عبر هذا الرابط، من أي جهاز:",
    referralApprovedExpiry: "يعمل الرابط حتى {date}. لم يُخصم منك أي مبلغ بعد.",
    referralDeclinedSubject: "بشأن طلب {product} رقم {policyNumber}",
    referralDeclined: "نأسف: بعد مراجعة طلب {product} (الرقم المرجعي {policyNumber})، لا يمكننا أن نقدّم لك التغطية.",
    referralDeclinedNext:
      "الخطوة التالية: لا يلزمك فعل أي شيء آخر. أُغلق هذا الطلب ولا يمكن إكماله، ولم يُخصم منك أي مبلغ. " +
      "قد يتمكن وسيط متخصص من مساعدتك.",
    renewalPremium: "القسط",
    renewalSubject: "حان وقت تجديد وثيقة {product} رقم {policyNumber}",
    renewalIntro: "تنتهي وثيقة {product} رقم {policyNumber} في {end}. تكلفة التجديد {price}.",
    renewalPriceSame: "{thisYear} للسنة التي تبدأ في {start}، وهي التكلفة نفسها للعام الماضي {lastYear}",
    renewalPriceMore: "{thisYear} للسنة التي تبدأ في {start}، بزيادة {difference} على تكلفة العام الماضي {lastYear}",
    renewalPriceLess: "{thisYear} للسنة التي تبدأ في {start}، بانخفاض {difference} عن تكلفة العام الماضي {lastYear}",
    renewalLine: "{label}: {lastYear} في العام الماضي، و{thisYear} هذا العام",
    renewalTotal: "الإجمالي: {lastYear} في العام الماضي، و{thisYear} هذا العام",
    renewalChanged: "ما تغيّر في بياناتك:",
    renewalUnchanged: "لم تتغير أي من إجاباتك.",
    renewalAutomatic:
      "تتجدد وثيقتك تلقائيًا اعتبارًا من {start}: في {end} سنخصم سعر التجديد من البطاقة التي تدفع بها (على الأقساط " +
      "نفسها كما الآن). لا يلزمك فعل أي شيء.",
    renewalAutomaticOff:
      "لإيقاف التجديد التلقائي، سجّل الدخول إلى حسابك وافتح هذه الوثيقة واضغط «إيقاف التجديد التلقائي». " +
      "يستغرق ذلك نقرة واحدة ويمكنك إعادة تشغيله.",
    renewalEnds: "إن لم تجدّد، تنتهي تغطيتك في {date}.",
    renewalLinkIntro: "راجع إجاباتك، وغيّر ما لم يعد صحيحًا منها، وجدّد من هنا، من أي جهاز:",
    renewalLinkExpiry: "يعمل الرابط حتى {date}؛ وبعد ذلك سجّل الدخول إلى حسابك للتجديد.",
  },
};
