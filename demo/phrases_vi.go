package demo

// Vietnamese: buyers on Lazada VN. Many type without diacritics on their
// phones ("toi muon hoan tien"), so some lines are written that way.
var phrasesVI = &Phrasebook{
	Lang:      "vi",
	Names:     []string{"Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Anh", "Phạm Thu Trang", "Hoàng Đức Huy", "Vũ Ngọc Mai"},
	Greetings: []string{"Shop ơi,", "Chào shop,", ""},
	Signoffs:  []string{"Cảm ơn shop!", "cam on shop", ""},
	Context: []string{
		"Mình là khách quen của shop rồi.",
		"Hàng này mình mua làm quà tặng.",
		"Email của mình là {email}.",
	},
	Subjects: map[string][]string{
		"order_status":      {"Đơn hàng {order} bao giờ giao ạ?", "Kiểm tra tình trạng đơn hàng"},
		"not_received":      {"Đã báo giao thành công nhưng chưa nhận được hàng", "chua nhan duoc hang"},
		"not_as_described":  {"Sản phẩm bị lỗi", "Giao sai màu"},
		"return_exchange":   {"Muốn đổi hàng", "Đổi sang màu khác được không?"},
		"refund_request":    {"Yêu cầu hoàn tiền", "Tôi muốn hoàn tiền"},
		"refund_delay":      {"Chưa nhận được tiền hoàn", "tien hoan chua ve"},
		"cancel_order":      {"Hủy đơn hàng {order}", "Đặt nhầm, nhờ shop hủy đơn"},
		"payment_issue":     {"Không thanh toán được", "Thanh toán bị lỗi"},
		"duplicate_charge":  {"Bị trừ tiền hai lần"},
		"fx_dispute":        {"Số tiền bị trừ khác giá niêm yết"},
		"chargeback_threat": {"Không hoàn tiền tôi sẽ khiếu nại ngân hàng"},
		"presale_question":  {"con hang khong shop", "Hỏi về sản phẩm {product}"},
	},
	Messages: map[string][]string{
		"order_status": {
			"Mình đặt đơn {order} được {days} ngày rồi mà vẫn chưa thấy giao. Mã vận đơn {tracking} không cập nhật gì cả. Khi nào mình nhận được hàng ạ?",
			"don hang cua minh den dau roi shop? dat may hom roi ma chua thay giao",
		},
		"not_received": {
			"Ứng dụng báo đơn {order} đã giao thành công nhưng mình chưa nhận được gì cả, hỏi bảo vệ chung cư cũng không thấy. Shop kiểm tra giúp mình với.",
			"da {days} ngay roi ma minh van chua nhan duoc {product}, shop kiem tra giup minh voi",
		},
		"not_as_described": {
			"{product} mình nhận được bị nứt vỏ, hộp cũng bị móp. Mình gửi ảnh kèm theo, shop xem giúp.",
			"Mình đặt màu đen mà shop giao màu trắng, dây sạc cũng không phải USB-C như mô tả.",
		},
		"return_exchange": {
			"Mình muốn đổi {product} sang màu xám được không shop? Gửi trả hàng về địa chỉ nào ạ?",
		},
		"refund_request": {
			"Tôi muốn hoàn tiền cho đơn hàng {order} vì sản phẩm không dùng được như mô tả.",
			"toi muon hoan tien don {order}, san pham bi loi khong dung duoc",
		},
		"refund_delay": {
			"Mình đã gửi trả hàng hai tuần trước, shop cũng nhận rồi mà đến giờ vẫn chưa nhận được tiền hoàn {amount}.",
			"Lazada bao da hoan tien {days} ngay roi ma tai khoan ngan hang van chua thay tien",
		},
		"cancel_order": {
			"Mình đặt nhầm, shop hủy giúp mình đơn {order} nếu chưa giao cho bên vận chuyển nhé.",
		},
		"payment_issue": {
			"Mình thanh toán bằng thẻ mà cứ bị báo lỗi, có thanh toán khi nhận hàng (COD) được không shop?",
		},
		"duplicate_charge": {
			"Đơn {order} mình bị trừ {amount} hai lần, mình chỉ đặt một lần thôi. Shop hoàn lại khoản bị trừ thừa giúp mình.",
		},
		"fx_dispute": {
			"Giá trên trang là {amount} nhưng thẻ của mình bị trừ nhiều hơn gần 8% vì tính bằng đô la. Không thấy ghi phí chuyển đổi ngoại tệ ở đâu cả.",
		},
		"chargeback_threat": {
			"Đây là lần thứ ba tôi nhắn về đơn {order}. Nếu trong 48 giờ không hoàn tiền, tôi sẽ yêu cầu ngân hàng tra soát và hoàn lại giao dịch.",
		},
		"presale_question": {
			"{product} còn hàng màu xám không shop? Giao về Hà Nội mất mấy ngày ạ?",
			"{product} bao hanh bao lau vay shop?",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"Cảm ơn bạn đã liên hệ. Đơn {order} đã được giao cho {carrier}, mã vận đơn {tracking}, dự kiến 2-4 ngày bạn sẽ nhận được hàng nhé."},
		"not_received":      {"Shop rất xin lỗi bạn. Shop đã yêu cầu {carrier} kiểm tra mã vận đơn {tracking}, nếu thất lạc shop sẽ gửi lại hàng mới hoặc hoàn tiền đầy đủ cho bạn."},
		"not_as_described":  {"Shop xin lỗi vì sự cố này. Bạn gửi giúp shop ảnh sản phẩm và phiếu giao hàng, shop sẽ gửi sản phẩm mới miễn phí cho bạn."},
		"return_exchange":   {"Được bạn nhé. Bạn tạo yêu cầu trả hàng trên Lazada và gửi lại trong 7 ngày, shop nhận được sẽ gửi màu xám ngay."},
		"refund_request":    {"Shop đã hoàn {amount} về phương thức thanh toán ban đầu của bạn, thời gian nhận tiền tùy ngân hàng, khoảng 5-10 ngày làm việc."},
		"refund_delay":      {"Shop đã kiểm tra, khoản hoàn tiền {amount} của đơn {order} đã được xử lý. Ngân hàng có thể cần 7-14 ngày làm việc để cập nhật."},
		"cancel_order":      {"Shop đã hủy đơn {order} cho bạn rồi nhé, bạn sẽ không bị trừ tiền."},
		"payment_issue":     {"Xin lỗi bạn vì sự bất tiện. Bạn có thể chọn thanh toán khi nhận hàng (COD) khi đặt lại đơn nhé."},
		"duplicate_charge":  {"Shop kiểm tra thấy đúng là bị trừ hai lần, shop đã hoàn lại {amount} cho bạn."},
		"fx_dispute":        {"Shop thu tiền bằng USD, phần chênh lệch là do tỷ giá và phí của ngân hàng phát hành thẻ. Shop xin hoàn lại phần chênh lệch cho bạn."},
		"chargeback_threat": {"Shop xin lỗi vì trả lời chậm. Shop đã hoàn đủ {amount} cho đơn {order}, bạn không cần khiếu nại ngân hàng nữa nhé."},
		"presale_question":  {"{product} vẫn còn hàng bạn nhé, giao trong 24 giờ và bảo hành 12 tháng."},
	},
	FollowUps:   []string{"Shop ơi có cập nhật gì chưa?", "sao chua thay shop tra loi?"},
	PhotosSent:  []string{"Mình gửi ảnh rồi đó shop."},
	Thanks:      map[string][]string{"any": {"Mình nhận được rồi, cảm ơn shop!"}, "refund": {"tien hoan da ve roi, cam on shop"}, "parcel": {"Mình nhận được hàng rồi nhé, cảm ơn shop."}},
	Holding:     []string{"Cảm ơn bạn đã kiên nhẫn chờ. Shop đã chuyển thông tin cho bộ phận kho và vận chuyển kiểm tra, sẽ phản hồi bạn trong vòng 24 giờ."},
	ReplyOpens:  []string{"Chào bạn {name},", "Dạ chào bạn,"},
	ReplyCloses: []string{"Cảm ơn bạn đã mua hàng tại {store}.\n{agent}", "CSKH {store}"},
}
