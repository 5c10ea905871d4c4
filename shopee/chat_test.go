package shopee

import (
	"strings"
	"testing"
	"time"

	"kefu"
)

func TestChatMessagePushes(t *testing.T) {
	tests := []struct {
		file string
		want ChatMessage
	}{
		{"webchat_text_th.json", ChatMessage{
			ConversationID: "481920133092842016", MessageID: "2214093178112940221",
			FromID: 901233187, ToID: 823411950, FromUserName: "nattaya.s", Type: "text",
			Content:   "สวัสดีค่ะ สั่งของไปตั้งแต่วันที่ 11 ยังไม่ได้รับเลยค่ะ ช่วยเช็คเลขพัสดุให้หน่อยได้ไหมคะ",
			OrderSN:   "240611K7QW3M2T", // from source_content: the buyer chatted from the order page
			Region:    "TH",
			CreatedAt: time.Unix(1718342400, 0).UTC()}},
		{"webchat_text_my.json", ChatMessage{ // ids sent as numbers and strings
			ConversationID: "481920133092907554", MessageID: "2214093178113001987",
			FromID: 902771340, ToID: 823419012, FromUserName: "aisyah_rahman92", Type: "text",
			Content:   "Hai, saya terima barang tapi saiznya salah. Boleh tukar kepada saiz M? Terima kasih.",
			Region:    "MY",
			CreatedAt: time.Unix(1718350000, 0).UTC()}},
		{"webchat_image.json", ChatMessage{
			ConversationID: "481920133092842016", MessageID: "2214093178113120001",
			FromID: 901233187, ToID: 823411950, FromUserName: "nattaya.s", Type: "image",
			Content: "[image]", URL: "https://cf.shopee.co.th/file/th-11134103-7r98o-lx8f2kq1yz0a3d",
			Region: "TH", CreatedAt: time.Unix(1718342460, 0).UTC()}},
		{"webchat_order.json", ChatMessage{
			ConversationID: "481920133092842016", MessageID: "2214093178113120002",
			FromID: 901233187, ToID: 823411950, FromUserName: "nattaya.s", Type: "order",
			Content: "[order 240611K7QW3M2T]", OrderSN: "240611K7QW3M2T",
			Region: "TH", CreatedAt: time.Unix(1718342470, 0).UTC()}},
		{"webchat_unknown_type.json", ChatMessage{ // milliseconds timestamp, unknown type
			ConversationID: "481920133092907554", MessageID: "2214093178113120003",
			FromID: 902771340, ToID: 823419012, FromUserName: "aisyah_rahman92", Type: "bundle_message",
			Content: "[bundle_message]", Region: "MY", CreatedAt: time.Unix(1718350100, 0).UTC()}},
		{"webchat_seller_reply.json", ChatMessage{
			ConversationID: "481920133092842016", MessageID: "2214093178113199999",
			FromID: 823411950, FromShopID: 823411907, ToID: 901233187, FromUserName: "kefu_demo_th", Type: "text",
			Content:    "ขออภัยในความไม่สะดวกค่ะ พัสดุอยู่ระหว่างจัดส่ง เลขพัสดุ TH24061188214571A ค่ะ",
			Region:     "TH",
			FromSeller: true,
			CreatedAt:  time.Unix(1718343000, 0).UTC()}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m, err := mustDecode(t, tt.file).ChatMessage()
			if err != nil {
				t.Fatal(err)
			}
			if *m != tt.want {
				t.Fatalf("got  %+v\nwant %+v", *m, tt.want)
			}
		})
	}
}

func TestChatPlaceholders(t *testing.T) {
	tests := []struct {
		typ, text, orderSN string
		itemID             int64
		want               string
	}{
		{"text", "  hello ", "", 0, "hello"},
		{"image_with_text", "ดูรูปนี้ค่ะ", "", 0, "ดูรูปนี้ค่ะ"},
		{"sticker", "", "", 0, "[sticker]"},
		{"video", "", "", 0, "[video]"},
		{"item", "", "", 19382211, "[item 19382211]"},
		{"item", "", "", 0, "[item]"},
		{"order", "", "", 0, "[order]"},
		{"", "", "", 0, "[message]"},
		{"text", "\x00", "", 0, "[text]"},
		{"a_very_long_message_type_name_that_nobody_documented_yet", "", "", 0, "[a_very_long_message_type_name_that_nobod…]"},
	}
	for _, tt := range tests {
		if got := chatText(tt.typ, tt.text, tt.orderSN, tt.itemID); got != tt.want {
			t.Errorf("chatText(%q, %q) = %q, want %q", tt.typ, tt.text, got, tt.want)
		}
	}
}

func TestChatMessageRejectsNonMessagesAndMissingIDs(t *testing.T) {
	tests := []struct{ name, body, field, msg string }{
		{"read event", string(fixture(t, "webchat_read.json")), "data.type", `webchat push of type "conversation_read" carries no message`},
		{"order push", string(fixture(t, "order_status.json")), "code", "push has code 3, not 10"},
		{"no content", `{"code":10,"data":{"type":"message"}}`, "data.content", "data.content is missing from the webchat message push"},
		{"no message id", `{"code":10,"data":{"type":"message","content":{"conversation_id":"1"}}}`, "data.content.message_id", "data.content.message_id is missing"},
		{"no conversation", `{"code":10,"data":{"type":"message","content":{"message_id":"1"}}}`, "data.content.conversation_id", "data.content.conversation_id is missing"},
		{"bad from_id", `{"code":10,"data":{"type":"message","content":{"message_id":"1","conversation_id":"2","from_id":"abc"}}}`, "data.content.from_id", `data.content.from_id must be an integer, not string "abc"`},
		{"fractional id", `{"code":10,"data":{"type":"message","content":{"message_id":1.5,"conversation_id":"2"}}}`, "data.content.message_id", `data.content.message_id must be a string, not number 1.5`},
		{"text not string", `{"code":10,"data":{"type":"message","content":{"message_id":"1","conversation_id":"2","content":{"text":["x"]}}}}`, "data.content.content.text", "data.content.content.text must be a string, not array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := DecodePush([]byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.ChatMessage()
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || kefu.ErrorMessage(err) != tt.msg {
				t.Fatalf("got %v (field %q), want %q on %q", err, kefu.ErrorField(err), tt.msg, tt.field)
			}
		})
	}
}

func TestChatMessageFallsBackToPushTimeAndReadsNanoseconds(t *testing.T) {
	p, _ := DecodePush([]byte(`{"code":10,"shop_id":5,"timestamp":1718342401,"data":{"type":"message","content":{"message_id":"1","conversation_id":"2","message_type":"text","content":{"text":"hi"}}}}`))
	m, err := p.ChatMessage()
	if err != nil || !m.CreatedAt.Equal(time.Unix(1718342401, 0)) {
		t.Fatalf("got %v, %v", m, err)
	}
	for _, n := range []int64{1718342401, 1718342401000, 1718342401000000, 1718342401000000000} {
		if got := unixAny(n); !got.Equal(time.Unix(1718342401, 0)) {
			t.Errorf("unixAny(%d) = %v", n, got)
		}
	}
}

func TestBuyerWhoOwnsAShopIsNotTheSeller(t *testing.T) {
	body := strings.Replace(string(fixture(t, "webchat_text_th.json")), `"from_shop_id":0`, `"from_shop_id":77001`, 1)
	p, _ := DecodePush([]byte(body))
	m, err := p.ChatMessage()
	if err != nil || m.FromSeller {
		t.Fatalf("a message from another shop is the buyer's: %+v, %v", m, err)
	}
}
