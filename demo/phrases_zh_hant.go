package demo

// Traditional Chinese: buyers on Shopee TW, with Taiwanese usage
// (超商取貨, 出貨, 負評).
var phrasesZHHant = &Phrasebook{
	Lang:      "zh",
	Variant:   "Hant",
	Names:     []string{"陳怡君", "林雅婷", "張家豪", "黃志偉", "李佩珊", "王俊傑", "吳思穎", "蔡宗翰"},
	Greetings: []string{"您好，", "賣家您好，", "你好～", ""},
	Signoffs:  []string{"謝謝！", "麻煩了，感謝", "{name}"},
	Context: []string{
		"我常常在你們家買東西，第一次遇到這種狀況。",
		"這是要送人的禮物，有點急。",
		"我的信箱是{email}。",
	},
	Subjects: map[string][]string{
		"order_status":      {"請問訂單{order}什麼時候出貨？", "物流好幾天沒更新了"},
		"not_received":      {"顯示已送達但我沒收到", "包裹是不是寄丟了？"},
		"not_as_described":  {"收到的商品有瑕疵", "{product}跟圖片不一樣"},
		"return_exchange":   {"想要換貨", "請問怎麼退貨？"},
		"refund_request":    {"申請退貨退款", "請幫我退款"},
		"refund_delay":      {"退款還沒收到", "退款完成{days}天了還沒入帳"},
		"cancel_order":      {"取消訂單{order}", "下錯單了"},
		"payment_issue":     {"信用卡付款失敗", "無法付款"},
		"duplicate_charge":  {"被重複扣款", "同一筆訂單刷了兩次"},
		"fx_dispute":        {"刷卡金額不對", "為什麼有海外手續費"},
		"chargeback_threat": {"再不處理我要申請爭議款", "最後通知"},
		"presale_question":  {"請問還有現貨嗎", "{product}有保固嗎？"},
	},
	Messages: map[string][]string{
		"order_status": {
			"我{days}天前就下單了，到現在還顯示「待出貨」，請問大概什麼時候會寄出？",
			"物流單號{tracking}停在轉運中心好幾天了，可以幫我查一下嗎？",
		},
		"not_received": {
			"App上顯示包裹已經送到門市了，可是我去7-11取貨，店員說找不到。訂單編號{order}，麻煩處理一下。",
			"已經過了{days}天，{product}還是沒收到，物流也一直沒更新，是不是寄丟了？",
		},
		"not_as_described": {
			"{product}收到的時候外殼就有刮痕，而且顏色跟圖片差很多，附上照片給你們看。",
			"我訂的是黑色，寄來的是白色，請問要怎麼處理？",
		},
		"return_exchange": {
			"{product}顏色跟我想的不太一樣，請問可以換灰色的嗎？要怎麼寄回去？",
		},
		"refund_request": {
			"商品跟我想的不一樣，還沒拆封，想申請退貨退款，謝謝。",
			"少寄了一條充電線，可以退我{amount}的差價嗎？",
		},
		"refund_delay": {
			"蝦皮顯示退款已經完成{days}天了，可是信用卡帳單上還是沒看到退款{amount}，請問是怎麼回事？",
		},
		"cancel_order": {
			"不好意思，我下錯單了，訂單{order}還沒出貨的話請幫我取消。",
		},
		"payment_issue": {
			"用信用卡付款一直失敗，改用超商付款也不行，請問還有其他付款方式嗎？",
		},
		"duplicate_charge": {
			"同一筆訂單信用卡被扣了兩次{amount}，請幫我確認並退還多扣的款項。",
		},
		"fx_dispute": {
			"頁面上寫{amount}，但是刷卡金額多了海外交易手續費，你們不是台灣的賣家嗎？",
		},
		"chargeback_threat": {
			"已經等了{days}天都沒人理，再不退款我就直接跟銀行申請爭議款，也會給負評。",
		},
		"presale_question": {
			"請問{product}還有現貨嗎？大概幾天可以到貨？",
			"{product}有保固嗎？壞掉的話可以換新的嗎？",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"您的訂單{order}已經出貨了，物流單號{tracking}，預計2到3天會送達門市，到貨時App會通知您取貨喔。"},
		"not_received":      {"很抱歉讓您久等了，我們已經向物流查詢單號{tracking}，確認遺失的話會立刻幫您補寄一份。"},
		"not_as_described":  {"非常抱歉商品有瑕疵，麻煩提供商品照片，我們確認後會幫您換一個新的，運費由我們負擔。"},
		"return_exchange":   {"沒問題，已經幫您申請換貨，請在7天內把商品寄回，收到後會馬上寄出新的。"},
		"refund_request":    {"已經幫您辦理退款{amount}，會退回原付款方式，入帳時間依銀行作業為準。"},
		"refund_delay":      {"幫您確認過了，退款{amount}我們這邊已經完成，信用卡退款通常需要7到14個工作天，請再耐心等候。"},
		"cancel_order":      {"已經幫您取消訂單{order}了，不會扣款喔。"},
		"payment_issue":     {"造成不便很抱歉，建議您稍後再試一次，或改用ATM轉帳付款。"},
		"duplicate_charge":  {"確認是重複扣款，已經幫您退回{amount}，7到14個工作天內會入帳。"},
		"fx_dispute":        {"我們的金流是以美元收款，海外手續費是發卡銀行收取的。為了表示歉意，我們已將差額退還給您。"},
		"chargeback_threat": {"非常抱歉回覆晚了，已經幫您全額退款{amount}，不需要再申請爭議款，謝謝您的耐心。"},
		"presale_question":  {"{product}目前有現貨，下單後24小時內出貨，享有一年保固喔。"},
	},
	FollowUps:   []string{"請問處理得怎麼樣了？", "怎麼都沒有回覆？"},
	PhotosSent:  []string{"照片已經傳給你們了，請查看。"},
	Thanks:      map[string][]string{"any": {"收到了，謝謝！", "好的，沒問題了，謝謝～"}, "refund": {"退款入帳了，感謝客服。"}, "parcel": {"包裹今天到了，謝謝幫忙追蹤！"}},
	Holding:     []string{"感謝您的耐心等候，已將您的問題轉給倉庫和物流同仁確認，24小時內會回覆您。"},
	ReplyOpens:  []string{"您好，", "{name}您好，", "親愛的買家您好，"},
	ReplyCloses: []string{"客服 {agent} 敬上", "{store} 客服團隊", "有任何問題歡迎再聯繫我們。"},
}
