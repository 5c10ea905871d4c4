package email

import (
	"regexp"
	"strings"
	"time"
)

// NoticeInfo is a classified non-buyer mail: Kind is a kefu notice kind
// id (kefu.NoticeKinds); the rest is what could be read from it. Deadline
// is the end of the stated day in UTC (providers rarely give a time), or
// zero.
type NoticeInfo struct {
	Kind        string
	Source      string // who sent it: "stripe", "paypal", "amazon", "trustpilot", "sendgrid", … or ""
	CaseID      string
	ReasonCode  string // network code (Visa 13.1, MC 4853, Amex C08) or provider reason (INR, SNAD, fraudulent)
	AmountMinor int64
	Currency    string
	Deadline    time.Time
}

// noticeSenders are services whose mail is notices, besides the brands.
var noticeSenders = map[string]string{
	"trustpilot.com": "trustpilot", "bbb.org": "bbb", "sendgrid.net": "sendgrid", "sendgrid.com": "sendgrid",
	"mailgun.com": "mailgun", "mailgun.net": "mailgun", "postmarkapp.com": "postmark", "mailchimp.com": "mailchimp",
	"mandrillapp.com": "mandrill", "sparkpost.com": "sparkpost", "feefo.com": "feefo", "reviews.io": "reviews.io",
	"adyen.com": "adyen", "checkout.com": "checkout", "worldpay.com": "worldpay", "klarna.com": "klarna",
}

var (
	orgLocal = regexp.MustCompile(`(?i)^(no-?reply|do-?not-?reply|notifications?|notify|alerts?|disputes?|chargebacks?|risk|compliance|service|support|security|seller-?(notification|performance|support)s?|account-?health|atoz.*|payments?|billing|complaints?|info|reviews?|feedback|mailer-daemon|postmaster|abuse)([-+._].*)?@`)

	regulatorRe = regexp.MustCompile(`(federal trade commission|\bftc\b|attorney general|trading standards|competition and markets authority|\bcma\b|\baccc\b|ombudsman|consumer protection|消费者协会|消协|市场监督管理|12315)`)
	complaintRe = regexp.MustCompile(`(complaint|complaints|inquiry|投诉|举报|申诉)`)
	espRe       = regexp.MustCompile(`(sendgrid|mailgun|amazon ses|\bses\b|postmark|mailchimp|mandrill|sparkpost)`)
	espIssueRe  = regexp.MustCompile(`(spam complaint|complaint rate|bounce rate|bounces|hard bounce|sending (has been )?(paused|suspended|disabled)|account (is )?(suspended|under review|paused)|reputation|blocklist|blacklist)`)
	reviewRe    = regexp.MustCompile(`(trustpilot|\bbbb\b|better business bureau|negative feedback|neutral feedback|1-star|one-star|bad review|negative review|new review|差评|中评|负面评价)`)
	outcomeRe   = regexp.MustCompile(`((dispute|chargeback|claim|case)\b.{0,80}\b(has been|was|is now|have been) (closed|resolved|decided|reversed|won|lost)|\byou (have |'ve )?(won|lost) (the|this|a) (dispute|chargeback|claim|case)|(decided|ruled|closed) in your favou?r|funds (were |have been )?(reinstated|returned to you)|争议已(结束|关闭|解决|结案)|已(判定|裁定|结案)|拒付.{0,10}(成功|失败|结果))`)
	disputeRe   = regexp.MustCompile(`(dispute|chargeback|a-to-z|atoz|retrieval request|claim|case)\b.{0,60}\b(opened|filed|created|received|initiated|submitted|escalated)|new dispute|(has|have) (been )?disputed|cardholder (has )?disputed|you have (a|received a) (new )?(dispute|chargeback|claim)|opened a (case|dispute|claim)|争议已(创建|开启|提交)|新的争议|提起(了)?(争议|索赔|拒付)|拒付通知|收到(一笔)?拒付|退单|索赔|a-to-z (guarantee )?claim`)
	fraudRe     = regexp.MustCompile(`(early fraud warning|fraud warning|fraud alert|radar|欺诈预警)`)
	refundRe    = regexp.MustCompile(`(refund (has been |was )?(issued|processed|created|completed|failed|initiated)|refunded|退款(已|成功|失败|完成))`)
	paymentRe   = regexp.MustCompile(`(payment (has )?(failed|was declined|declined|unsuccessful)|card (was )?declined|charge failed|支付失败|扣款失败|付款失败)`)
	healthRe    = regexp.MustCompile(`(account health|policy violation|listing (was |has been )?(removed|suppressed|deactivated)|performance (notification|warning)|penalty points?|account (has been |is )?(suspended|deactivated|at risk|restricted)|seller performance|店铺绩效|账户状况|违规|扣分|罚分|账号(被)?(冻结|暂停))`)
)

// Notice classifies provider, marketplace, regulator and email-service
// mail. It returns nil for ordinary buyer mail: the sender must look like
// an organisation (a known brand or service domain, a no-reply or
// disputes@-style address, automated headers, or a brand in the display
// name) before its words count, so "I will open a chargeback" from a
// buyer stays a buyer message (intent chargeback_threat).
func Notice(m *Message) *NoticeInfo {
	from := m.From.Domain()
	if amazonRelay.MatchString(from) || ebayRelay.MatchString(from) {
		return nil // a buyer writing through the relay
	}
	// The brand named in the display name, when it owns the domain,
	// names the source best (many regulators share .gov.cn).
	var claimedBrand *brand
	for i := range brands {
		if brands[i].mentions(strings.ToLower(m.From.Name)) >= 0 {
			claimedBrand = &brands[i]
			break
		}
	}
	owner := brandOwning(from)
	if claimedBrand != nil && claimedBrand.owns(from) {
		owner = claimedBrand
	}
	source, claimed := "", ""
	if owner != nil {
		source = sourceName(owner)
	} else if s, ok := noticeSenders[orgDomain(from)]; ok {
		source = s
	}
	if claimedBrand != nil {
		claimed = sourceName(claimedBrand)
	}
	auto := m.Header("Auto-Submitted") != "" && !strings.EqualFold(m.Header("Auto-Submitted"), "no") ||
		m.Header("List-Id") != "" || strings.EqualFold(m.Header("Precedence"), "bulk")
	if source == "" && claimed == "" && !auto && !orgLocal.MatchString(m.From.Address) {
		return nil
	}
	if source == "" {
		source = claimed
	}
	text := m.Subject + "\n" + m.Text + "\n" + m.Quoted
	kind := noticeKind(text)
	if kind == "" {
		return nil
	}
	n := &NoticeInfo{Kind: kind, Source: source}
	n.CaseID = caseID(text)
	n.ReasonCode = reasonCode(text, source)
	n.AmountMinor, n.Currency = findAmount(text)
	n.Deadline = findDeadline(text, m.Date)
	return n
}

// noticeKind picks the kind; order matters where wordings overlap (a
// regulator "complaint" before an ESP "spam complaint" check, outcomes
// before openings since both say "dispute").
//
// The patterns are lower-case and run on lower-cased text: (?i) costs
// Go's regexp a case fold per rune, and this runs on every mail.
func noticeKind(text string) string {
	text = strings.ToLower(text)
	switch {
	case espRe.MatchString(text) && espIssueRe.MatchString(text):
		return "esp_warning"
	case regulatorRe.MatchString(text) && complaintRe.MatchString(text):
		return "regulator_complaint"
	case outcomeRe.MatchString(text):
		return "dispute_outcome"
	case fraudRe.MatchString(text):
		return "fraud_warning"
	case disputeRe.MatchString(text):
		return "dispute_notice"
	case reviewRe.MatchString(text):
		return "review_alert"
	case refundRe.MatchString(text):
		return "refund_event"
	case paymentRe.MatchString(text):
		return "payment_failure"
	case healthRe.MatchString(text):
		return "account_health"
	}
	return ""
}

var (
	paypalCase  = regexp.MustCompile(`\bPP-[A-Z0-9]{1,4}(?:-[A-Z0-9]{2,12}){1,4}\b`)
	stripeCase  = regexp.MustCompile(`\b(?:dp|du)_[A-Za-z0-9]{8,40}\b`)
	labelCase   = regexp.MustCompile(`(?i)(?:case|dispute|claim|chargeback|complaint|reference|ticket)\s*(?:id|number|no\.?|#|reference)?\s*[:：#]\s*([A-Za-z0-9][A-Za-z0-9\-_/]{3,40})`)
	labelCaseZH = regexp.MustCompile(`(?:案件|案例|争议|投诉|工单|索赔)(?:编号|号|ID)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9\-]{3,40})`)
	ebayCase    = regexp.MustCompile(`(?i)case (?:number|id)?\s*#?\s*(5\d{9})\b`)
)

func caseID(text string) string {
	if s := paypalCase.FindString(text); s != "" {
		return s
	}
	if s := stripeCase.FindString(text); s != "" {
		return s
	}
	for _, re := range []*regexp.Regexp{labelCase, labelCaseZH, ebayCase} {
		for _, sm := range re.FindAllStringSubmatch(text, 10) {
			if strings.ContainsAny(sm[1], "0123456789") {
				return strings.TrimRight(sm[1], ".-/")
			}
		}
	}
	return ""
}

var (
	reasonLabel = regexp.MustCompile(`(?i)reason code\s*[:：]?\s*([0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9])?|\d{4}|[A-Z]{1,2}\d{1,2})\b`)
	visaReason  = regexp.MustCompile(`(?i)\bvisa\b.{0,80}?\b(1[0-3]\.\d(?:\.\d)?)\b`)
	mcReason    = regexp.MustCompile(`(?i)\b(mastercard|mc)\b.{0,80}?\b(48\d\d)\b`)
	amexReason  = regexp.MustCompile(`(?i)\b(amex|american express)\b.{0,80}?\b(FR\d|[CFPMR]\d\d)\b`)
	inrRe       = regexp.MustCompile(`(?i)(item not received|not received|\binr\b|未收到)`)
	snadRe      = regexp.MustCompile(`(?i)(significantly not as described|not as described|\bsnad\b|与描述不符)`)
	unauthRe    = regexp.MustCompile(`(?i)(unauthori[sz]ed (transaction|payment|activity))`)
	stripeWhy   = regexp.MustCompile(`(?i)reason\s*[:：]\s*(fraudulent|product not received|product unacceptable|duplicate|subscription canceled|credit not processed|unrecognized|general|customer initiated)`)
)

func reasonCode(text, source string) string {
	lower := strings.ToLower(text)
	// Cheap substring checks first: the patterns backtrack over a window.
	if strings.Contains(lower, "reason code") {
		if sm := reasonLabel.FindStringSubmatch(text); sm != nil {
			return sm[1]
		}
	}
	if strings.Contains(lower, "visa") {
		if sm := visaReason.FindStringSubmatch(text); sm != nil {
			return sm[1]
		}
	}
	if strings.Contains(lower, "mastercard") || strings.Contains(lower, "mc") {
		if sm := mcReason.FindStringSubmatch(text); sm != nil {
			return sm[2]
		}
	}
	if strings.Contains(lower, "amex") || strings.Contains(lower, "american express") {
		if sm := amexReason.FindStringSubmatch(text); sm != nil {
			return sm[2]
		}
	}
	if strings.Contains(lower, "reason") {
		if sm := stripeWhy.FindStringSubmatch(text); sm != nil {
			return strings.ReplaceAll(strings.ToLower(sm[1]), " ", "_")
		}
	}
	if source == "paypal" || strings.Contains(lower, "paypal") {
		switch {
		case snadRe.MatchString(text):
			return "SNAD"
		case inrRe.MatchString(text):
			return "INR"
		case unauthRe.MatchString(text):
			return "UNAUTHORIZED"
		}
	}
	return ""
}

func sourceName(b *brand) string {
	if b.Platform != "" {
		return b.Platform
	}
	return strings.ToLower(b.Name)
}
