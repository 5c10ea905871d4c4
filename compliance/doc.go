// Package compliance checks an outgoing message — an agent's reply, an
// auto-reply — against the messaging rules of the marketplace it is sent
// on, before it is sent. The composer shows its findings as live warnings,
// the outbox refuses to send a blocked message, and kefu lint runs it from
// the command line.
//
//	r := compliance.Check(compliance.PlatformAmazon, text)
//	if r.Blocked {
//		// at least one violation breaks Amazon's rules: do not send
//	}
//	for _, v := range r.Violations {
//		fmt.Println(v.Kind, v.Start, v.End, v.Excerpt, v.Blocking, v.Rule)
//	}
//
// # Offsets
//
// Violation.Start and End are byte offsets into text exactly as passed to
// Check, a Go string holding UTF-8; Excerpt is text[Start:End]. Byte
// offsets were chosen over rune or UTF-16 offsets because they slice a Go
// string directly and cost nothing to compute; a JavaScript editor that
// needs UTF-16 positions converts once. The detectors read a normalized
// copy of the text (NFKC, lower case, accents and look-alike letters
// folded, zero-width characters dropped) that remembers, byte by byte,
// which span of the original produced it, so an address written as
// ｌｉｎ＠ｓｈｏｐ．ｃｏｍ is reported with the offsets of the full-width
// characters. Offsets always fall on rune boundaries; bytes that are not
// valid UTF-8 are read as separators and are never split.
//
// # Kinds
//
//   - external_link: URLs and bare domains (also "shop dot com", "www.shop
//     .com", "shop(.)com") other than the platform's own and carriers'
//     tracking pages.
//   - contact_info: email addresses (also "lin at gmail dot com",
//     "lin(at)shop(dot)com", "lin at gmail"), phone numbers (also written
//     out: "five five five…", "零一三八…"), and chat apps or handles offered
//     for contact (WhatsApp, WeChat, Line, Telegram, Zalo, QQ, Skype, an
//     Instagram handle to DM, a Facebook page to message; 加微信, V信,
//     "V：hj_kf02", 私聊, 私訊我們的粉專, แอดไลน์, liên hệ zalo), also
//     spelled out or disguised: "w h a t s a p p", "w.h.a.t.s.a.p.p",
//     "wh@tsapp", full-width ｗｈａｔｓａｐｐ, Cyrillic look-alikes.
//   - off_platform_payment: PayPal, bank transfer, Western Union, Zelle,
//     Venmo, Cash App, Pix, BLIK, Tikkie, Touch 'n Go, DANA, PromptPay,
//     TrueMoney, MobilePay, Vipps, TWINT, PayID, a Wise payment request,
//     cash on collection, cash on delivery by the seller's own driver or
//     from the seller's own site, a gift card's code or PIN sent to the
//     seller, an invoice sent by hand ("I'll invoice you separately"), a
//     refund to the buyer's own account, 支付宝转账, 微信转账, "pay me
//     directly".
//   - review_manipulation: incentives for a review (refund, gift,
//     discount, cashback, 好评返现), asking to change or remove a review,
//     and asking for a positive review only ("leave us 5 stars", 给个好评).
//   - promotional: codes and discounts for a later order, "follow us",
//     "subscribe", "check out our new collection", sale announcements
//     (限时优惠, 关注店铺).
//   - off_platform_order: "order directly from our website", "cheaper on
//     our site", "place the order via WhatsApp", "for custom orders DM me
//     on IG", "skip the checkout", "no eBay fees", "not on Amazon any
//     more, but at shop.com", 淘宝下单, and a
//     new sale paid off the platform ("pay me by PayPal F&F for the second
//     lens", "send 450 to GCash to reserve the bag").
//
// # Decisions
//
// Where the rules leave room, the package decides as follows; each is
// also stated where it is implemented.
//
//   - Every kind is detected on every platform; the policy table
//     (Policy, Blocking) decides which kinds block on which platform.
//     Review manipulation blocks everywhere.
//   - Links to the platform's own domains are not reported on that
//     platform. Carrier and tracking-site links (UPS, USPS, DHL, Royal
//     Mail, 17track, Cainiao, YunExpress, J&T, SPX, Ninja Van …) are not
//     reported anywhere: Amazon allows "https links needed for the order",
//     and a tracking page is one, so on Amazon only a carrier link written
//     with http:// is reported.
//   - Phone numbers given for a carrier, the manufacturer or the platform
//     ("call UPS on 1-800-…", "the manufacturer's warranty line") are not
//     reported: Amazon allows phone numbers for warranty, carrier and
//     manufacturer purposes.
//   - The marketplaces' relay addresses (…@marketplace.amazon.com,
//     …@members.ebay.com) are not contact details.
//   - A neutral review request ("please consider leaving a review") is
//     allowed; Amazon permits one per order. Asking for a positive review
//     only is reported. "Please contact us before leaving feedback" is not
//     reported.
//   - A refund or discount on the order being discussed ("we'll refund 20%
//     of this order") is not promotional; a code or discount for the next
//     order is. So is one offered as a reward for a review ("5 stars and
//     you get 15% off your next order"): that is review manipulation and
//     promotional both. A free gift put in the next parcel is left to the
//     review rule alone, as the labels are split on it. (Eighteen older
//     lines were relabelled to this in session 6.)
//   - A new sale paid off the platform — more goods than the order under
//     way, stock kept off the listing, a reservation, a wholesale quote —
//     is both a payment and a sale off it. A refund, a fee, the shipping or
//     a price difference paid off it is a payment only: the sale stayed on
//     the platform. (The labelled batches up to holdout11 were relabelled
//     to this when holdout12's labellers asked for it.)
//     A marketplace's checkout failing, the buyer sent to pay around it
//     and the seller shipping ("Checkout failing? just bank in to … and
//     we ship today") is such a sale; without the goods sent it is the
//     payment only, and on the seller's own store, said in one breath
//     ("our checkout is acting up so please just Zelle the $84"), too.
//   - Custom or made-to-order goods ordered through a chat app or a DM
//     ("for custom orders DM me on IG", "si tu veux une version
//     personnalisée, écris-moi sur WhatsApp") are a sale off the platform
//     on the marketplaces; a chat about the buyer's order under way is
//     contact only. (Fourteen older lines were relabelled to this in session 6.)
//   - Denials are not violations: "we can't accept PayPal", "WhatsApp
//     isn't allowed here", "不能加微信", "Amazon only allows us to
//     communicate through Buyer-Seller Messaging", "we can't offer gifts,
//     refunds or discounts in exchange for reviews"; nor are warnings
//     against scams and impostors: "if a message claiming to be from us
//     asks for a bank transfer, report it", "fake accounts are offering
//     refunds for 5-star reviews. That's a scam".
//   - A buyer's wish quoted back and refused, after a dash, a colon or in
//     the next sentence, is a denial: "You asked whether you could pay by
//     Zelle — sorry, we can't take payments outside Amazon", "u vroeg of
//     u via bankoverschrijving kunt betalen. Helaas kan dat niet"
//     (denial.go). An answer that offers a way around ("…but Venmo me")
//     or says yes is not.
//   - Chat apps and payment services named as what a product does are
//     neither contact details nor payments: "works with WhatsApp video
//     calls", "支持微信消息提醒", "fits your Cash App card", "the card
//     reader takes Pix", "this smartwatch shows PhonePe notifications",
//     "the hardware wallet supports USDT" (feature.go), unless the
//     sentence aims them at the seller ("our WhatsApp", "video call us",
//     "send the money to my Paytm").
//   - A payment service paid "directly" at the platform's own checkout
//     ("pagar com Pix direto no checkout da Shopee") or to the courier on
//     delivery is the checkout, not a way around it.
//   - A number the sentence names as a code or a reference ("(917-555-
//     3308) is our factory QC code", "is Amazon's transaction
//     reference") is no phone number.
//   - On the seller's own channels (Shopify, independent, Stripe, PayPal,
//     UQPAY, email, other) PayPal, Stripe and cards are the checkout and
//     "order on our website" is the platform itself, so neither is
//     reported there.
//
// # How it works
//
// The text is folded (normalize.go), searched for names spelled out
// letter by letter (skeleton.go) and cut into units: words, numbers and
// lexicon phrases in about thirty languages (Japanese, Korean, Italian,
// Tagalog, Polish, Dutch, Arabic and Turkish thinner than the rest; Swedish,
// Czech, Romanian, Greek, Hebrew, Ukrainian, Hindi, Urdu and Swahili
// thinner still, with the words of review manipulation, payments and phone
// numbers, and for Hebrew, Hindi and Swahili a few of marketing;
// languages.go holds all but the first four, and Arabic and Hebrew words
// are looked up without the particles written joined to them), each
// carrying concept bits such as
// "review", "incentive", "condition" or "chat app" (lexicon.go, units.go).
// Email addresses, links and phone numbers are parsed from the characters
// (email.go, links.go, phone.go), once as written and once with spaced-out
// characters joined (collapse.go); domains in Chinese, Japanese or Korean
// script ("暖居.中国") are read separately. The rules of each kind are
// written over concepts within a sentence (contact.go, payment.go,
// offplatform.go, review.go, promo.go), so one rule covers "refund",
// "reembolso", "Rückerstattung" and "退款" alike.
//
// The rules run first; then a statistical model (model.go) may add a
// kind the rules did not report — see below.
//
// Check is safe for concurrent use. It takes 35–120 µs for a
// typical reply and allocates once for a clean one (BenchmarkCheck); every
// rule looks at a bounded window, so the cost stays linear in the length of
// the text.
//
// # The statistical signal
//
// The rules are precise but miss wordings nobody wrote a rule for: every
// fresh batch of labelled replies, scored before the rules were tuned on
// it, came in with recall between 0.67 and 0.89. Beside them runs one
// logistic regression per kind over hashed features of the same folded
// text: character 2–4-grams (and single characters of Chinese, Japanese,
// Korean and Thai), the units and pairs of neighbouring units, the rules'
// concepts alone and in pairs within a sentence (a concept the rules read
// as denied is a feature of its own), and the platform. A kind the rules
// did not report is added when its probability is above the kind's
// threshold; the finding spans the sentence that scores highest for the
// kind, its Rule starts with "statistical:", and it blocks as the
// platform's policy says. The model only adds: it never removes a rule's
// finding.
//
// What the model may say is bounded by what the rules know. It reports
// no links (a link is read from its characters, so carrier tracking links
// and the marketplace's own links stay allowed), and, per kind, only in a
// sentence that speaks of the kind's subject through a concept the rules
// do not read as denied or as the platform's own doing: contact details
// need a handle, a contact verb or a phone or email word (a chat app named
// alone is how a product's features are described: "shows WhatsApp
// notifications"), so an order number, a tracking number or a price is
// never contact information; "pay with
// PayPal at checkout" and "Shopee will refund you by bank transfer" are
// not payments off the platform. Sales and payments "off the platform" are
// not reported by the model on the seller's own channels.
//
// The model is trained when the process first calls Check (or Warm, which
// a server calls at start), from the labelled sets embedded in the binary
// (testdata/dev.jsonl, holdout.jsonl … holdout50.jsonl and the training
// batches train1.jsonl … train10.jsonl, 2,500 replies written to the same
// convention; 11,975 replies in all, named one by one in trainingSets so
// that a batch written for a blind test is never trained on by accident):
// about 2 s on a slow two-core machine (BenchmarkModelTraining), once per
// process. Training at start-up was chosen over
// generated weights because the features are read through the folding,
// the tokenizer and the lexicon, which change with every batch of fixes:
// weights generated from them go stale silently, weights trained at
// start-up cannot, and the embedded text is smaller than the 1.5 MB of
// weights. Training is deterministic (a fixed shuffle), so every process
// of one build reports the same findings. Scoring adds about 10 µs to a
// 500-byte reply.
//
// The thresholds were chosen by cross-validation over the labelled
// batches, holding out one whole batch at a time, for additions right at
// least nine times in ten, never below even odds (TestModelCrossValidation,
// which prints the thresholds it would choose), on the first looks only:
// text the rules were not tuned on, as a seller's replies are. Since the
// rules were tuned on every holdout, the honest comparison is on the first
// looks of holdout9 to holdout50: what the rules reported before they
// were tuned on each (testdata/firstlook_rules.jsonl), beside a model
// that did not see the batch. Message × kind, precision / recall:
//
//	                                   rules alone     rules + model
//	first looks, 8,380 replies,        0.943 / 0.871   0.944 / 0.920
//	  today's lexicon
//	  (thresholds nested)                              0.944 / 0.914
//	every batch, 11,975 replies,       0.993 / 0.978   0.990 / 0.981
//	  today's rules
//
// Fresh batches scored blind, with the package as shipped when each was
// written (message × kind; rules + model unless marked):
//
//	holdout11  0.980 / 0.669  (rules alone, before the model existed)
//	holdout12  0.905 / 0.765
//	holdout13  0.941 / 0.742
//	holdout14  0.916 / 0.796
//	holdout15  0.956 / 0.790
//	holdout16  0.965 / 0.830  (thresholds chosen on first looks)
//	holdout17  0.956 / 0.833  (after fixes from the training batches)
//	holdout18  0.931 / 0.843  (the same package as holdout17)
//	holdout19  0.923 / 0.846  (a9c1913; mostly English, indirect)
//	holdout20  0.965 / 0.919  (a9c1913; South-East Asia, Chinese)
//	holdout21  0.913 / 0.867  (a9c1913; Europe, Latin America)
//	holdout22  0.840 / 0.862  (a9c1913; hardest cases on both sides)
//	holdout23  0.965 / 0.944  (26ebb7f, after holdout19–22's fixes;
//	                           a general month of replies)
//	holdout24  0.984 / 0.858  (26ebb7f; non-native English and ten
//	                           other languages)
//	holdout27  0.939 / 0.933  (3d4d89c; indirect sales off the platform)
//	holdout30  0.931 / 0.959  (3d4d89c; South-East Asia and China)
//	holdout28  0.944 / 0.927  (06e037a; disguised links and contacts)
//	holdout29  0.929 / 0.862  (f546780; reviews and marketing in
//	                           fifteen languages)
//	holdout31  0.974 / 0.931  (2683ab4; a general month of replies)
//	holdout32  0.935 / 0.935  (bb57e7b; replies under pressure)
//	holdout25  0.972 / 0.951  (34e226b, written before holdout27–32's
//	                           fixes and kept unread; a general month)
//	holdout26  0.951 / 0.923  (34e226b, likewise; Chinese sellers'
//	                           English, violations buried in long replies)
//	holdout35  0.935 / 0.889  (2685655; indirect orders and marketing)
//	holdout36  0.900 / 0.905  (2685655; money outside the platform)
//	holdout37  0.946 / 0.941  (2685655; reviews and contacts, sixteen
//	                           languages)
//	holdout38  0.925 / 0.951  (2685655; disguised links and contacts)
//	holdout39  0.941 / 0.980  (0043731; a general month of after-sales)
//	holdout40  0.960 / 0.923  (0043731; Chinese cross-border sellers)
//	holdout33  0.981 / 0.968  (9a2608c, written before holdout35–40's
//	                           fixes and kept unread; a general month)
//	holdout34  0.940 / 0.940  (9a2608c, likewise; non-native English
//	                           and the sellers' own languages)
//	holdout43  0.951 / 0.901  (34e7665; a general month, regional
//	                           wallets, failing checkouts)
//	holdout44  0.910 / 0.921  (34e7665; precision traps, near-twins)
//	holdout45  0.969 / 0.945  (34e7665; Chinese cross-border sellers)
//	holdout46  0.870 / 0.854  (34e7665; Europe, Latin America, the
//	                           Middle East and Africa)
//	holdout47  0.967 / 0.930  (9256206; a general month)
//	holdout48  0.974 / 0.915  (9256206; obfuscations, numbers that are
//	                           not phones)
//	holdout49  0.930 / 0.864  (9256206; South and South-East Asian
//	                           marketplaces)
//	holdout50  0.938 / 0.972  (9256206; Amazon and eBay templates)
//	holdout41  0.988 / 0.952  (0ae42ff, written before holdout43–50's
//	                           fixes and kept sealed; a general month)
//	holdout42  0.933 / 0.950  (0ae42ff, likewise; small cross-border
//	                           teams in non-native English)
//
// Per message (a reply blocked or not, whatever the kinds), holdout16–18
// scored 0.979 / 0.979, 0.969 / 0.905 and 0.990 / 0.950; holdout19–22
// pooled 0.910 / 0.935; holdout23 0.990 / 0.990 and holdout24 0.980 /
// 0.933; holdout27–32 0.943 / 1.000, 0.952 / 1.000, 0.933 / 0.980,
// 0.904 / 0.972, 0.972 / 0.991 and 0.943 / 0.990; holdout25 and
// holdout26 pooled 0.966 / 0.971; holdout35–40 0.961 / 0.980, 0.884 /
// 0.961, 0.920 / 1.000, 0.907 / 0.970, 0.944 / 1.000 and 0.961 / 0.980;
// holdout33 and holdout34 pooled 0.948 / 0.981 (message × kind 0.961 /
// 0.955); holdout43–46 0.961 / 0.942, 0.908 / 0.990, 0.972 / 1.000 and
// 0.867 / 0.933; holdout47–50 0.990 / 0.981, 0.980 / 0.970, 0.925 /
// 0.934 and 0.925 / 0.980; holdout41 and holdout42 pooled 0.950 / 0.995
// (message × kind 0.960 / 0.951).
//
// Per kind, first looks of holdout9–50 with today's lexicon
// (TestModelCrossValidation). Until holdout15 the thresholds were chosen
// over every batch with today's rules as well, where what the rules still
// miss is mostly labellers' grey areas; that left contact details and
// payments to the rules alone and cost 0.04 of recall on the first looks:
//
//	                       rules alone     rules + model
//	external_link          0.975 / 0.975   0.975 / 0.975
//	contact_info           0.930 / 0.945   0.931 / 0.962
//	off_platform_payment   0.913 / 0.895   0.914 / 0.934
//	review_manipulation    0.982 / 0.880   0.980 / 0.960
//	promotional            0.930 / 0.856   0.932 / 0.936
//	off_platform_order     0.940 / 0.699   0.943 / 0.768
//
// The model only adds findings and cannot take back the rules' false
// ones: holdout12's first look, 0.907 for the rules alone, keeps the
// pooled first looks under 0.95 whatever the model does.
//
// With each first look's own lexicon (holdout9–11 only; the model's
// concept features then know only the words the rules knew then;
// measured once with the package as of commits 5f56be2, 8bc6052 and
// fca8b9b, with the labels of then):
//
//	                       rules alone     rules + model
//	external_link          1.000 / 0.914   1.000 / 0.914
//	contact_info           0.968 / 0.885   0.969 / 0.904
//	off_platform_payment   0.961 / 0.860   0.961 / 0.860
//	review_manipulation    0.984 / 0.744   0.985 / 0.805
//	promotional            0.863 / 0.733   0.865 / 0.750
//	off_platform_order     1.000 / 0.431   1.000 / 0.510
//
// Half of the gain with today's lexicon comes from the lexicon knowing
// the batch's words already, so expect about three points of recall on a
// fresh batch, at the same precision. The model cannot read a language
// it has not seen labelled (Polish, Dutch and Arabic appear only in
// holdout11): a language's words in the lexicon remain the larger lever.
package compliance
