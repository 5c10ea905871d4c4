package demo

// Internal notes agents leave on tickets, keyed by intent or notice kind.
// The team works from China, so most notes are in Chinese; a few are in
// English, written by agents whose UI is in English.
var notesZH = map[string][]string{
	"order_status":      {"已联系物流，等待承运商回复", "仓库确认昨天已出库，单号已同步到平台", "包裹在海关清关中，预计2-3天放行", "头程延误，已跟货代催了"},
	"not_received":      {"已向{carrier}提交查件，单号{tracking}", "物流显示妥投，已让买家再确认一下邻居和快递柜", "确认丢件的话直接补发，不走退款", "等待{carrier}调查结果，48小时后跟进"},
	"not_as_described":  {"等待仓库确认是否发错颜色", "买家已发照片，外壳确实破损，安排补发", "同批次已有3单反馈质量问题，已通知采购和工厂", "让买家先拍视频，确认是否使用不当"},
	"return_exchange":   {"已生成退货标签并发送买家", "退回海外仓，收到后再换货", "换货库存不足，问买家是否接受退款"},
	"refund_request":    {"金额不大，直接退款，不用退货", "全额退款已经主管审批", "买家很配合，直接退款"},
	"refund_delay":      {"财务确认退款已原路退回，已向Stripe索取ARN", "平台显示退款成功，让买家联系发卡行查询", "退款卡在平台审核，已提工单给平台"},
	"cancel_order":      {"已拦截，仓库未出库", "地址已改，仓库重新打单"},
	"payment_issue":     {"Stripe日志显示 do_not_honor，是发卡行拒绝，非我方问题", "支付页面在Safari上有兼容问题，已报给技术"},
	"duplicate_charge":  {"Stripe里确实有两笔，第二笔已退", "只有一笔成功扣款，另一笔是预授权，会自动释放"},
	"fx_dispute":        {"汇率差约7.8%，是发卡行收的境外手续费，给了5美元补偿", "考虑在结账页显示本地货币，已记录需求"},
	"chargeback_threat": {"高风险，今天内必须回复", "买家威胁拒付，先全额退款，避免争议费和拒付率上升", "第三次来信了，升级给主管处理"},
	"presale_question":  {"已确认库存：灰色还有23件", "兼容性问题已问产品经理"},

	"dispute_notice":      {"已上传物流签收证明和聊天记录作为证据", "截止时间快到了，今天必须提交证据", "证据草稿已准备好，等仓库提供出库照片", "买家之前已经退过款，准备提交退款凭证"},
	"dispute_won":         {"争议胜诉，资金已退回余额", "赢了，签收证明起作用了"},
	"dispute_lost":        {"败诉，原因是没有提供签收证明，以后高价订单要求签名", "输了，记录到争议复盘表"},
	"refund_failed":       {"退款失败，需要联系买家换收款方式"},
	"refund_ok":           {"退款成功，已通知买家"},
	"refund_forced":       {"平台已强制退款，核对一下是否需要申诉"},
	"payment_failed":      {"买家已换卡重新支付", "已发邮件提醒买家换一张卡"},
	"fraud_warning":       {"订单还没发货，已取消并退款，避免拒付", "已发货，准备好签收证明以防拒付"},
	"regulator_complaint": {"法务已知悉，3天内回复监管机构", "已联系买家并全额退款，准备书面回复"},
	"review_alert":        {"已联系买家了解情况，安排补发", "差评内容属实，先解决问题再请买家考虑修改评价"},
	"esp_warning":         {"检查后发现营销邮件列表有问题，已暂停群发", "退信集中在旧地址，已清理名单"},
	"account_health":      {"已提交改进计划（POA）", "迟发主要是备货不足导致，已加派仓库人手"},
	"phishing":            {"钓鱼邮件，发件域名不是官方域名，不要点链接", "已上报IT，仿冒域名已加入拦截名单"},
}

var notesEN = []string{
	"Escalated to supervisor.",
	"Will follow up tomorrow morning.",
	"Checked the order history, nothing unusual.",
	"Flagged for the weekly review.",
}

// systemEvents are what kefu itself records on buyer tickets.
var systemEvents = map[string][]string{
	"on_hold_carrier":   {"Status changed to on_hold: waiting on {carrier}", "Carrier claim opened with {carrier} for {tracking}"},
	"on_hold_payment":   {"Status changed to on_hold: waiting on the payment provider"},
	"on_hold_warehouse": {"Status changed to on_hold: waiting on the warehouse"},
	"refund":            {"Refund of {amount} issued to the original payment method"},
	"breach":            {"First response SLA breached"},
	"order":             {"Order {order} linked"},
}

// Notes returns the internal notes for an intent or notice kind, in
// Chinese, plus a few English ones. Shared: callers must not modify them.
func Notes(key string) (zh, en []string) { return notesZH[key], notesEN }
