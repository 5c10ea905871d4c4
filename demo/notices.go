package demo

// A Notice is a message that does not come from a buyer: a payment
// provider's dispute webhook, a marketplace warning, a regulator's letter,
// or a phishing mail pretending to be one of them.
type Notice struct {
	Kind     string // a kefu.NoticeKinds id
	Platform string // the store platform it arrives for ("shopify" for Stripe); "" for any
	Site     string // the store site, when it matters (a UK regulator); "" for any
	Channel  string // stripe, paypal, email …
	Lang     string
	From     string // the sender as shown in the conversation
	Phishing bool   // a look-alike sender: flagged suspected_phishing
	Reason   string // dispute reason, for the {reason} slot
	DueDays  int    // the provider's response deadline, in days after arrival; 0 for none
	Priority string
	NoteKey  string // which internal notes fit, when not the kind's own
	CaseID   string // "stripe", "paypal", "ebay", "amazon" or "" — which kind of case id to mint
	Subject  string
	Body     string
	Event    string // the system event recorded with it; "" for none
}

// NoteTopic is the key of the internal notes that fit the notice.
func (n *Notice) NoteTopic() string {
	if n.Phishing {
		return "phishing"
	}
	if n.NoteKey != "" {
		return n.NoteKey
	}
	return n.Kind
}

// Notices returns the notice templates. They are shared: callers must not
// modify them.
func Notices() []*Notice { return notices }

var notices = []*Notice{
	// Disputes opened.
	{Kind: "dispute_notice", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Reason: "product_not_received", DueDays: 7, Priority: "urgent", CaseID: "stripe",
		Subject: "[Stripe] A payment of {amount} has been disputed",
		Body: "A customer has disputed a payment of {amount} on {store}.\n\nDispute: {case}\nCharge: {charge}\nPayment method: {card}\nReason: {reason}\nStatus: needs_response\nRespond by: {due}\n\n" +
			"If you don't respond by the due date, the dispute will be decided in the cardholder's favour and the funds will not be returned. " +
			"Submit evidence such as tracking information, customer communication and your refund policy from the Dashboard.",
		Event: "Dispute opened: {reason}, {amount}, due {due}"},
	{Kind: "dispute_notice", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Reason: "fraudulent", DueDays: 7, Priority: "urgent", CaseID: "stripe",
		Subject: "[Stripe] Dispute {case}: fraudulent",
		Body: "The cardholder's bank reported the payment {charge} ({card}, {amount}) as unauthorised. Visa reason code 10.4 (Other Fraud - Card Absent Environment).\n\n" +
			"Respond by {due}. Useful evidence: AVS and CVC checks, the customer's IP address and prior undisputed orders on the same card (Visa Compelling Evidence 3.0), proof of delivery.",
		Event: "Dispute opened: {reason} (Visa 10.4), due {due}"},
	{Kind: "dispute_notice", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Reason: "credit_not_processed", DueDays: 9, Priority: "high", CaseID: "stripe",
		Subject: "[Stripe] A payment of {amount} has been disputed (credit not processed)",
		Body: "A customer has disputed a payment of {amount}, saying a refund they were promised was never processed.\n\nDispute: {case}\nCharge: {charge}\nReason: {reason}\nRespond by: {due}\n\n" +
			"If you already refunded the customer, submit the refund receipt; otherwise consider accepting the dispute.",
		Event: "Dispute opened: {reason}, due {due}"},
	{Kind: "dispute_notice", Platform: "shopify", Channel: "email", Lang: "en", From: "PayPal <service@paypal.com>", Reason: "Item not received", DueDays: 10, Priority: "high", CaseID: "paypal",
		Subject: "You've received a dispute for {amount}",
		Body: "Hello Lumora,\n\nYour buyer opened a dispute for transaction {charge}.\n\nCase ID: {case}\nReason: {reason}\nAmount: {amount}\n\n" +
			"Please respond by {due}. If you don't respond, we'll close the case in the buyer's favour.\n\nSincerely,\nPayPal Resolution Center",
		Event: "PayPal dispute {case} opened, seller response due {due}"},
	{Kind: "dispute_notice", Platform: "amazon", Channel: "email", Lang: "en", From: "Amazon Seller Central <seller-notification@amazon.com>", Reason: "Item not received", DueDays: 3, Priority: "urgent", CaseID: "amazon",
		Subject: "A-to-z Guarantee claim on order {order}",
		Body: "Dear Seller,\n\nThe buyer has filed an A-to-z Guarantee claim for order {order}.\n\nClaim reason: {reason}\nClaim amount: {amount}\n\n" +
			"Please respond within 72 hours in Seller Central > Performance > A-to-z Guarantee Claims. If you do not respond, Amazon may decide the claim without your input and debit the amount from your account.",
		Event: "A-to-z claim {case} opened, respond by {due}"},
	{Kind: "dispute_notice", Platform: "ebay", Channel: "email", Lang: "en", From: "eBay <ebay@ebay.com>", Reason: "ITEM_NOT_RECEIVED", DueDays: 3, Priority: "high", CaseID: "ebay",
		Subject: "Your buyer opened a case: item not received ({order})",
		Body: "{name} opened a case because they haven't received their item (order {order}).\n\nCase number: {case}\n\n" +
			"You have 3 business days to resolve the problem before the buyer can ask eBay to step in. Upload valid tracking that shows delivery, or refund the buyer.",
		Event: "eBay case {case}: {reason}, respond by {due}"},

	// Disputes decided.
	{Kind: "dispute_outcome", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Reason: "product_not_received", Priority: "normal", CaseID: "stripe",
		NoteKey: "dispute_won",
		Subject: "[Stripe] You won a dispute for {amount}",
		Body:    "Good news: the bank decided in your favour on dispute {case}. {amount} and the dispute fee have been returned to your Stripe balance.",
		Event:   "Dispute {case} closed: won"},
	{Kind: "dispute_outcome", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Reason: "fraudulent", Priority: "high", CaseID: "stripe",
		NoteKey: "dispute_lost",
		Subject: "[Stripe] Dispute {case} closed: lost",
		Body: "The cardholder's bank decided in favour of the cardholder on dispute {case} (reason: {reason}). " +
			"{amount} and a $15.00 dispute fee have been withdrawn from your balance. The bank did not accept the evidence submitted.",
		Event: "Dispute {case} closed: lost, funds withdrawn"},
	{Kind: "dispute_outcome", Platform: "shopify", Channel: "email", Lang: "en", From: "PayPal <service@paypal.com>", Priority: "normal", CaseID: "paypal",
		NoteKey: "dispute_won",
		Subject: "Case {case} has been closed in your favour",
		Body:    "We've reviewed case {case} for {amount} and closed it in your favour. Any funds that were on hold have been released to your PayPal balance.",
		Event:   "PayPal case {case} closed in seller's favour"},

	// Refund events.
	{Kind: "refund_event", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Priority: "high",
		NoteKey: "refund_failed",
		Subject: "[Stripe] A refund of {amount} failed",
		Body: "A refund of {amount} for charge {charge} to {card} failed (reason: expired_or_canceled_card). The funds have been returned to your Stripe balance. " +
			"Contact the customer to arrange another way to refund them.",
		Event: "Refund failed: expired_or_canceled_card"},
	{Kind: "refund_event", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Priority: "low",
		NoteKey: "refund_ok",
		Subject: "[Stripe] Refund of {amount} succeeded",
		Body:    "Your refund of {amount} for charge {charge} to {card} succeeded. It usually appears on the customer's statement within 5-10 business days.",
		Event:   "Refund of {amount} succeeded"},
	{Kind: "refund_event", Platform: "shopee", Channel: "email", Lang: "zh", From: "Shopee 卖家中心 <noreply@shopee.com>", Priority: "normal",
		NoteKey: "refund_forced",
		Subject: "【退款通知】订单{order}已退款",
		Body:    "亲爱的卖家：\n\n订单{order}的退货退款申请已由平台审核通过，退款金额{amount}已退还给买家，相应款项将从您的待拨款金额中扣除。\n\n如有异议，请在3天内通过卖家中心提交申诉。",
		Event:   "平台已退款 {amount}"},

	// Payment failures.
	{Kind: "payment_failure", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Priority: "normal",
		NoteKey: "payment_failed",
		Subject: "[Stripe] Payment of {amount} failed: insufficient_funds",
		Body:    "A payment of {amount} from {email} failed.\n\nPaymentIntent: {charge}\nDecline code: insufficient_funds\nCard: {card}\n\nThe customer was asked to use another payment method.",
		Event:   "payment_intent.payment_failed: insufficient_funds"},
	{Kind: "payment_failure", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe", Priority: "normal",
		NoteKey: "payment_failed",
		Subject: "[Stripe] Payment of {amount} failed: do_not_honor",
		Body:    "The card issuer declined a payment of {amount} ({card}) with decline code do_not_honor. The customer should contact their bank.\n\nPaymentIntent: {charge}",
		Event:   "charge.failed: do_not_honor"},

	// Early fraud warnings.
	{Kind: "fraud_warning", Platform: "shopify", Channel: "stripe", Lang: "en", From: "Stripe Radar", Priority: "urgent",
		Subject: "[Stripe] Early fraud warning on a payment of {amount}",
		Body: "The card issuer reported payment {charge} ({card}, {amount}) as fraudulent (fraud type: unauthorized_use_of_card). " +
			"This is an early fraud warning, not a dispute yet. If the order hasn't shipped, consider cancelling and refunding it to avoid a chargeback and its fee.",
		Event: "radar.early_fraud_warning.created for {charge}"},

	// Regulators.
	{Kind: "regulator_complaint", Platform: "amazon", Site: "UK", Channel: "email", Lang: "en", From: "Citizens Advice Consumer Service <referrals@citizensadvice.example>", Priority: "high", DueDays: 14,
		Subject: "Consumer complaint referral – order {order}",
		Body: "Dear Sir/Madam,\n\nWe have received a complaint from a consumer about order {order}. The consumer says they returned the goods within the 14-day cancellation period " +
			"under the Consumer Contracts Regulations 2013 but have not been refunded {amount}.\n\n" +
			"Please contact the consumer and tell us within 14 days what action you have taken. This referral has been shared with Trading Standards.\n\nCitizens Advice Consumer Service",
		Event: "Regulator referral received, reply due {due}"},
	{Kind: "regulator_complaint", Platform: "shopee", Site: "MY", Channel: "email", Lang: "ms", From: "KPDN Bahagian Penguatkuasaan <aduan@kpdn.example>", Priority: "high", DueDays: 14,
		Subject: "Notis aduan pengguna berkaitan pesanan {order}",
		Body: "Tuan/Puan,\n\nKementerian telah menerima aduan pengguna berhubung pesanan {order} yang dibuat melalui platform Shopee. " +
			"Pengadu mendakwa barang yang diterima rosak dan permohonan bayaran balik sebanyak {amount} tidak dilayan.\n\n" +
			"Sila kemukakan maklum balas bertulis dalam tempoh 14 hari dari tarikh notis ini.\n\nBahagian Penguatkuasaan, KPDN",
		Event: "Aduan KPDN diterima, maklum balas sebelum {due}"},
	{Kind: "regulator_complaint", Platform: "shopify", Channel: "email", Lang: "en", From: "Consumer Protection Division <consumer-protection@ag.state.example>", Priority: "high", DueDays: 20,
		Subject: "Complaint forwarded by the Office of the Attorney General",
		Body: "The Consumer Protection Division has received the enclosed complaint from {name} about order {order} ({amount}). " +
			"The consumer reports that the item was never delivered and that requests for a refund went unanswered.\n\n" +
			"We ask that you respond to the consumer directly and send a copy of your response to this office within 20 days.",
		Event: "Attorney General complaint received, response due {due}"},

	// Reviews.
	{Kind: "review_alert", Platform: "shopify", Channel: "email", Lang: "en", From: "Trustpilot <noreply@trustpilot.com>", Priority: "normal",
		Subject: "New 1-star review of lumora.shop",
		Body:    "{name} left a 1-star review:\n\n“Never received my order and nobody answers emails. Avoid!”\n\nReply publicly or report the review from Trustpilot Business."},
	{Kind: "review_alert", Platform: "amazon", Channel: "email", Lang: "en", From: "Amazon Seller Central <seller-notification@amazon.com>", Priority: "high",
		Subject: "Negative feedback received for order {order}",
		Body:    "Rating: 1 out of 5\nComment: \"Arrived broken and the seller ignored my messages.\"\n\nYou can respond to the feedback, or request removal if it violates our feedback guidelines."},
	{Kind: "review_alert", Platform: "shopee", Channel: "email", Lang: "zh", From: "Shopee 卖家中心 <noreply@shopee.com>", Priority: "normal",
		Subject: "【差评提醒】买家给出了1星评价",
		Body:    "买家{name}对订单{order}给出了1星评价：“物流太慢了，等了半个月才到，包装也破了。”\n\n请及时联系买家了解情况，可在评价管理中回复评价。"},

	// Email provider.
	{Kind: "esp_warning", Channel: "email", Lang: "en", From: "Amazon Web Services <no-reply-aws@amazon.com>", Priority: "high",
		Subject: "Amazon SES: your account's complaint rate is 0.42%",
		Body: "Hello,\n\nThe complaint rate for your Amazon SES account in region us-east-1 is 0.42%, above the 0.1% we recommend. " +
			"If it reaches 0.5%, we may pause your ability to send email.\n\nReview recent sending and remove recipients who complained."},
	{Kind: "esp_warning", Channel: "email", Lang: "en", From: "Postmark <support@postmarkapp.com>", Priority: "urgent",
		Subject: "Outbound sending paused: hard bounce rate 12.4%",
		Body:    "The sending domain mail.lumora.shop had a hard bounce rate of 12.4% over the last 24 hours. Outbound messages from this server are paused until our team reviews your sending."},

	// Marketplace performance.
	{Kind: "account_health", Platform: "amazon", Channel: "email", Lang: "en", From: "Amazon Seller Central <seller-performance@amazon.com>", Priority: "high",
		Subject: "Action required: your Late Shipment Rate is above target",
		Body: "Your Late Shipment Rate for the last 10 days is 6.2%, above the 4% target. Sellers who do not meet this target may have their selling privileges deactivated.\n\n" +
			"Please review your shipping processes and confirm shipment of orders before the expected ship date."},
	{Kind: "account_health", Platform: "amazon", Channel: "email", Lang: "en", From: "Amazon Seller Central <seller-performance@amazon.com>", Priority: "normal",
		Subject: "Listing removed: Lumora 2.5L Ultrasonic Humidifier (ASIN B0CX4Z9K2L)",
		Body:    "We removed your listing because the product detail page makes antimicrobial claims (\"kills 99.9% of germs\") that require EPA registration. Edit the listing to remove the claims, then request reinstatement."},
	{Kind: "account_health", Platform: "shopee", Channel: "email", Lang: "zh", From: "Shopee 卖家中心 <noreply@shopee.com>", Priority: "high",
		Subject: "【店铺罚分】您的店铺因延迟发货被记2分",
		Body:    "您好，您的店铺上周迟发货率达到12%，已被记2分罚分。当季罚分累计达到3分将无法参加平台活动，累计6分将限制上架新商品。\n\n请尽快处理待发货订单。"},
	{Kind: "account_health", Platform: "ebay", Channel: "email", Lang: "en", From: "eBay <ebay@ebay.com>", Priority: "high",
		Subject: "Your seller level is now Below Standard",
		Body:    "Your transaction defect rate was 2.3% in the last evaluation period (maximum 2%). Until it improves, your listings may rank lower in search and you can't use some selling features."},

	// Phishing: look-alike senders, never answered, links shown defanged.
	{Kind: "dispute_notice", Platform: "shopify", Channel: "email", Lang: "en", From: "PayPal Resolution <service@paypa1-resolution.com>", Phishing: true, Priority: "normal",
		Subject: "Your PayPal account has been limited - action required",
		Body: "Dear Customer,\n\nWe noticed unusual activity on your account and a dispute of {amount} was opened against you. " +
			"To avoid permanent limitation, confirm your identity within 24 hours:\n\nhxxps://paypa1-resolution[.]com/verify\n\nPayPal Resolution Team",
		Event: "Sender paypa1-resolution.com failed DMARC (not paypal.com): marked suspected phishing, links defanged"},
	{Kind: "account_health", Platform: "amazon", Channel: "email", Lang: "en", From: "Seller Central <seller-notification@amazon-sellercentral-verify.net>", Phishing: true, Priority: "normal",
		Subject: "Your Amazon seller account will be deactivated in 48 hours",
		Body: "Your seller account has been flagged for policy violations. To prevent deactivation, verify your bank details within 48 hours:\n\n" +
			"hxxp://amazon-sellercentral-verify[.]net/login\n\nAmazon Seller Performance Team",
		Event: "Look-alike domain amazon-sellercentral-verify.net: marked suspected phishing"},
	{Kind: "payment_failure", Platform: "shopify", Channel: "email", Lang: "en", From: "Stripe Payouts <no-reply@stripe-payouts-support.com>", Phishing: true, Priority: "normal",
		Subject: "Action needed: your payout of {amount} failed",
		Body:    "Your latest payout of {amount} could not be delivered. Update your bank account now to avoid a suspension of payouts: hxxps://stripe-payouts-support[.]com/update",
		Event:   "SPF fail for stripe-payouts-support.com: marked suspected phishing"},
}
