package shopee

import (
	"strings"
	"testing"

	"kefu"
)

func FuzzVerifyPush(f *testing.F) {
	body := `{"code":3,"data":{"ordersn":"X","status":"SHIPPED"}}`
	f.Add(sign(testURL, body, testKey), testURL, []byte(body), testKey)
	f.Add("", testURL, []byte(body), testKey)
	f.Add("zz", "", []byte{}, "k")
	f.Add(sign("", "", "k"), "", []byte{}, "k")
	f.Fuzz(func(t *testing.T, auth, url string, body []byte, key string) {
		err := VerifyPush(auth, url, body, key)
		want := key != "" && auth != "" && sign(url, string(body), key) == normalizeHex(auth)
		if (err == nil) != want {
			t.Fatalf("VerifyPush = %v, independent check says valid=%v", err, want)
		}
		if err != nil && (kefu.ErrorCode(err) != kefu.EINVALID || Reason(err) == "other" || Reason(err) == "") {
			t.Fatalf("error %v has code %q reason %q", err, kefu.ErrorCode(err), Reason(err))
		}
	})
}

// normalizeHex mirrors what VerifyPush tolerates: surrounding white space
// and upper-case hex digits.
func normalizeHex(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func FuzzDecodePush(f *testing.F) {
	for _, name := range []string{"order_status.json", "tracking_number.json", "webchat_text_th.json", "webchat_text_my.json",
		"webchat_image.json", "webchat_order.json", "webchat_unknown_type.json", "webchat_seller_reply.json", "webchat_read.json", "shop_deauthorization.json"} {
		f.Add(fixture(f, name))
	}
	f.Add([]byte(`{"code":10,"data":{"type":"message","content":{"message_id":1,"conversation_id":"2","created_timestamp":-5}}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := DecodePush(body)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("decode error %v is not EINVALID", err)
			}
			return
		}
		if p.Code <= 0 || len(p.ExternalID()) != 64 {
			t.Fatalf("bad push %+v", p)
		}
		check := func(err error) {
			if err != nil && kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("typed decode error %v is not EINVALID", err)
			}
		}
		switch p.Kind() {
		case KindOrderStatus:
			s, err := p.OrderStatus()
			check(err)
			if err == nil && (s.OrderSN == "" || s.Status == "") {
				t.Fatalf("order status without order or status: %+v", s)
			}
		case KindTrackingNumber:
			_, err := p.TrackingNumber()
			check(err)
		case KindChatMessage:
			m, err := p.ChatMessage()
			check(err)
			if err == nil && (m.MessageID == "" || m.ConversationID == "" || m.Content == "") {
				t.Fatalf("chat message missing id or text: %+v", m)
			}
		default:
			_, err := p.ChatMessage()
			check(err)
		}
	})
}
