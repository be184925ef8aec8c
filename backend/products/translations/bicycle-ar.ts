// The bicycle product in Arabic: each English text of its definition and the Arabic that replaces it.
// Served when the request's Accept-Language prefers Arabic (backend/http/content-language.ts).
export const bicycleArabic: Record<string, string> = {
  "Bicycle insurance": "تأمين الدراجات الهوائية",
  "Proof of purchase": "إثبات الشراء",
  "A receipt or invoice showing the bike's make, model and price. We need it before we can pay a claim.":
    "إيصال أو فاتورة تُظهر الشركة المصنّعة للدراجة وطرازها وسعرها. نحتاج إليه قبل أن ندفع أي مطالبة.",
  "Keep on riding": "واصل ركوب دراجتك",
  "Cover for your bike at home and out on the road. Choose your level of cover and excess, and see the price change as you go.":
    "تغطية لدراجتك في المنزل وعلى الطريق. اختر مستوى التغطية ومبلغ التحمل، وشاهد السعر يتغير أثناء اختيارك.",
  "Your bicycle": "دراجتك",
  "Your cover": "تغطيتك",
  "About you": "عنك",
  "Theft and damage cover for bikes and e-bikes worth up to £15,000, with the excess and extras you choose.":
    "تغطية ضد السرقة والضرر للدراجات الهوائية والكهربائية التي تصل قيمتها إلى 15,000 جنيه إسترليني، مع مبلغ التحمل والإضافات التي تختارها.",
  Make: "الشركة المصنّعة",
  "e.g. Brompton": "مثل Brompton",
  Model: "الطراز",
  "What is the bike worth?": "كم تبلغ قيمة الدراجة؟",
  "What it would cost to replace it new today, in pounds, including fitted accessories.":
    "تكلفة استبدالها بأخرى جديدة اليوم بالجنيه الإسترليني، شاملة الملحقات المركّبة.",
  "What kind of bike is it?": "ما نوع الدراجة؟",
  Road: "دراجة طريق",
  Mountain: "دراجة جبلية",
  "Hybrid or commuter": "هجينة أو للتنقل اليومي",
  Electric: "كهربائية",
  Cargo: "دراجة شحن",
  "Frame number": "رقم الهيكل",
  "Usually stamped under the bottom bracket. You can add it later.":
    "عادةً ما يكون مختومًا أسفل حامل الدواسات. يمكنك إضافته لاحقًا.",
  "How many bicycle insurance claims have you made in the last 3 years?":
    "كم عدد مطالبات تأمين الدراجات التي قدمتها خلال السنوات الثلاث الماضية؟",
  "When should cover start?": "متى تبدأ التغطية؟",
  "Tell us about your bike": "أخبرنا عن دراجتك",
  "We cover bicycles and e-bikes worth from £100 up to £15,000, at home, on the road and locked up in public.":
    "نغطي الدراجات الهوائية والكهربائية التي تتراوح قيمتها بين 100 و15,000 جنيه إسترليني، في المنزل وعلى الطريق وعند قفلها في الأماكن العامة.",
  "Level of cover": "مستوى التغطية",
  "Essential: theft from home and when locked": "أساسية: السرقة من المنزل وعندما تكون مقفلة",
  "Standard: adds malicious damage and replacement hire": "قياسية: تضيف الضرر المتعمّد واستئجار دراجة بديلة",
  "Premium: adds new-for-old and cover for your kit": "مميزة: تضيف الاستبدال بجديدة وتغطية معداتك",
  Excess: "مبلغ التحمل",
  "The amount you pay towards each claim. A higher excess lowers your price.":
    "المبلغ الذي تدفعه عن كل مطالبة. كلما ارتفع مبلغ التحمل انخفض سعرك.",
  "Optional extras": "إضافات اختيارية",
  "Theft abroad (up to 60 days a year)": "السرقة في الخارج (حتى 60 يومًا في السنة)",
  "Accidental damage": "الضرر العرضي",
  "Racing and sportives": "السباقات والفعاليات الرياضية",
  "Accessories up to £500": "الملحقات حتى 500 جنيه إسترليني",
  "Choose your cover": "اختر تغطيتك",
  "Every level covers theft and vandalism in the UK. Add the extras you need; the price updates as you choose.":
    "يغطي كل مستوى السرقة والتخريب في المملكة المتحدة. أضف الإضافات التي تحتاجها؛ يتحدّث السعر أثناء اختيارك.",
  "Before you continue": "قبل أن تتابع",
  "Please read these key facts.\n\nYour bike must be locked to an immovable object with a lock rated Sold Secure Silver or better whenever it is left unattended away from home.\n\nWe do not cover wear and tear, punctures, or damage while racing unless you added Racing and sportives.\n\nClaims are settled by repair or replacement; Premium cover replaces with new for bikes up to three years old.":
    "يُرجى قراءة هذه الحقائق الأساسية.\n\nيجب قفل دراجتك بجسم ثابت بقفل مصنّف Sold Secure Silver أو أفضل كلما تُركت دون مراقبة بعيدًا عن المنزل.\n\nلا نغطي البلى والاستهلاك أو ثقب الإطارات أو الضرر أثناء السباقات ما لم تُضف السباقات والفعاليات الرياضية.\n\nتُسوّى المطالبات بالإصلاح أو الاستبدال؛ وتستبدل التغطية المميزة الدراجات التي لا يزيد عمرها على ثلاث سنوات بأخرى جديدة.",
  "First name": "الاسم الأول",
  "Last name": "اسم العائلة",
  "Date of birth": "تاريخ الميلاد",
  "You must be 18 or over to buy this policy.": "يجب أن يكون عمرك 18 عامًا أو أكثر لشراء هذه الوثيقة.",
  "Email address": "البريد الإلكتروني",
  "Phone number": "رقم الهاتف",
  "Home postcode": "الرمز البريدي للمنزل",
  "Pay once": "الدفع مرة واحدة",
  "Pay monthly": "الدفع شهريًا",
  "Cover for your bicycle against theft and damage for 12 months, with the level of cover, excess and extras you choose.":
    "تغطية لدراجتك ضد السرقة والضرر لمدة 12 شهرًا، بمستوى التغطية ومبلغ التحمل والإضافات التي تختارها.",
  // Underwriting: the product's own reasons for referring or declining an application.
  "Because of your claims history, one of our underwriters will review your application and contact you within two working days.":
    "بسبب سجل مطالباتك، سيراجع أحد المكتتبين لدينا طلبك ويتواصل معك خلال يومَي عمل.",
  "Sorry, we can only cover bikes worth up to £15,000. A specialist broker may be able to help.":
    "نأسف، لا يمكننا تغطية إلا الدراجات التي لا تتجاوز قيمتها 15,000 جنيه إسترليني. قد يتمكن وسيط متخصص من مساعدتك.",
  // Documents: the certificate's wording and schedule, the price's lines.
  "This certificate confirms cover for the bicycle described below, for the period, level of cover and excess shown.":
    "تؤكد هذه الشهادة تغطية الدراجة الموصوفة أدناه، للمدة ومستوى التغطية ومبلغ التحمل المبيّنة.",
  "Make and model": "الشركة المصنّعة والطراز",
  Type: "النوع",
  "Value insured": "القيمة المؤمَّن عليها",
  "Policy administration fee": "رسوم إدارة الوثيقة",
  "Cancellation fee": "رسوم الإلغاء",
  "Insurance premium tax (12%)": "ضريبة أقساط التأمين (12%)",
};
