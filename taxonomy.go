package kefu

// The vocabulary shared by the classifier, rules, reports and API
// (shared/reference/taxonomy.md). Identifiers are stable API values.

// Label is the bilingual display name of a taxonomy value.
type Label struct {
	ID string `json:"id"`
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// Intents are the 12 buyer intents; a buyer message gets exactly one.
var Intents = []Label{
	{"order_status", "物流查询", "Where is my order"},
	{"not_received", "未收到货", "Item not received"},
	{"not_as_described", "描述不符/质量问题", "Not as described"},
	{"return_exchange", "退换货", "Return or exchange"},
	{"refund_request", "申请退款", "Refund request"},
	{"refund_delay", "退款延迟", "Refund not received"},
	{"cancel_order", "取消/修改订单", "Cancel or change order"},
	{"payment_issue", "支付问题", "Payment problem"},
	{"duplicate_charge", "重复扣款", "Charged twice"},
	{"fx_dispute", "汇率异议", "Currency / FX dispute"},
	{"chargeback_threat", "拒付预警", "Chargeback threat"},
	{"presale_question", "售前咨询", "Pre-sale question"},
}

// NoticeKinds are messages that do not come from a buyer.
var NoticeKinds = []Label{
	{"dispute_notice", "拒付/争议通知", "Dispute or chargeback opened"},
	{"dispute_outcome", "争议结果", "Dispute decided"},
	{"refund_event", "退款事件", "Refund event"},
	{"payment_failure", "支付失败", "Payment failure"},
	{"fraud_warning", "欺诈预警", "Early fraud warning"},
	{"regulator_complaint", "监管投诉", "Regulator complaint"},
	{"review_alert", "差评预警", "Review alert"},
	{"esp_warning", "邮件服务警告", "Email provider warning"},
	{"account_health", "店铺绩效警告", "Marketplace performance"},
}

// Statuses in lifecycle order: new → open → pending / on_hold → solved → closed.
var Statuses = []Label{
	{"new", "新建", "New"},
	{"open", "处理中", "Open"},
	{"pending", "等待买家", "Pending (waiting on buyer)"},
	{"on_hold", "等待第三方", "On hold (waiting on a third party)"},
	{"solved", "已解决", "Solved"},
	{"closed", "已关闭", "Closed"},
}

// Priorities from least to most urgent.
var Priorities = []Label{
	{"low", "低", "Low"},
	{"normal", "普通", "Normal"},
	{"high", "高", "High"},
	{"urgent", "紧急", "Urgent"},
}

// Platforms a store can sell on or be paid through.
var Platforms = []Label{
	{"amazon", "亚马逊", "Amazon"},
	{"ebay", "eBay", "eBay"},
	{"shopee", "Shopee 虾皮", "Shopee"},
	{"lazada", "Lazada", "Lazada"},
	{"tiktok", "TikTok Shop", "TikTok Shop"},
	{"shopify", "Shopify", "Shopify"},
	{"independent", "独立站", "Independent site"},
	{"stripe", "Stripe", "Stripe"},
	{"paypal", "PayPal", "PayPal"},
	{"uqpay", "UQPAY", "UQPAY"},
}

// Status values.
const (
	StatusNew     = "new"
	StatusOpen    = "open"
	StatusPending = "pending"
	StatusOnHold  = "on_hold"
	StatusSolved  = "solved"
	StatusClosed  = "closed"
)

// PriorityNormal is what a ticket gets when nobody says otherwise.
const PriorityNormal = "normal"

// IsIntent reports whether id is one of the 12 buyer intents.
func IsIntent(id string) bool { return hasLabel(Intents, id) }

// IsNoticeKind reports whether id is a notice kind.
func IsNoticeKind(id string) bool { return hasLabel(NoticeKinds, id) }

// IsStatus reports whether id is a ticket status.
func IsStatus(id string) bool { return hasLabel(Statuses, id) }

// IsPriority reports whether id is a priority.
func IsPriority(id string) bool { return hasLabel(Priorities, id) }

// IsPlatform reports whether id is a known platform.
func IsPlatform(id string) bool { return hasLabel(Platforms, id) }

func hasLabel(labels []Label, id string) bool {
	for _, l := range labels {
		if l.ID == id {
			return true
		}
	}
	return false
}

func labelIDs(labels []Label) []string {
	ids := make([]string, len(labels))
	for i, l := range labels {
		ids[i] = l.ID
	}
	return ids
}
