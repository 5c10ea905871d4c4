package shopee

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kefu"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustDecode(t *testing.T, name string) *Push {
	t.Helper()
	p, err := DecodePush(fixture(t, name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

func TestDecodePushReadsEnvelopeOfEveryFixture(t *testing.T) {
	tests := []struct {
		file   string
		code   int
		shopID int64
		ts     int64
		kind   string
	}{
		{"order_status.json", 3, 823411907, 1718083216, KindOrderStatus},
		{"tracking_number.json", 4, 823411907, 1718169702, KindTrackingNumber},
		{"webchat_text_th.json", 10, 823411907, 1718342401, KindChatMessage},
		{"webchat_text_my.json", 10, 823419001, 1718350001, KindChatMessage},
		{"webchat_image.json", 10, 823411907, 1718342461, KindChatMessage},
		{"webchat_order.json", 10, 823411907, 1718342471, KindChatMessage},
		{"webchat_unknown_type.json", 10, 823419001, 1718350101, KindChatMessage},
		{"webchat_seller_reply.json", 10, 823411907, 1718343001, KindChatMessage},
		{"webchat_read.json", 10, 823411907, 1718343100, KindOther},
		{"shop_deauthorization.json", 2, 0, 1718400000, KindOther},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := mustDecode(t, tt.file)
			if p.Code != tt.code || p.ShopID != tt.shopID || !p.Timestamp.Equal(time.Unix(tt.ts, 0)) {
				t.Errorf("got code %d shop %d ts %v", p.Code, p.ShopID, p.Timestamp)
			}
			if p.Timestamp.Location() != time.UTC {
				t.Error("timestamp must be UTC")
			}
			if got := p.Kind(); got != tt.kind {
				t.Errorf("Kind = %q, want %q", got, tt.kind)
			}
			if len(p.Data) == 0 {
				t.Error("data must be kept")
			}
		})
	}
}

func TestExternalIDIsSHA256OfExactBody(t *testing.T) {
	body := fixture(t, "order_status.json")
	p, err := DecodePush(body)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(body)
	if got := p.ExternalID(); got != hex.EncodeToString(sum[:]) {
		t.Fatalf("ExternalID = %s", got)
	}
	again, _ := DecodePush(body)
	if again.ExternalID() != p.ExternalID() {
		t.Fatal("a redelivery must get the same ExternalID")
	}
	// The body is copied: a caller reusing its buffer must not change the key.
	id := p.ExternalID()
	body[0] = ' '
	if p.ExternalID() != id {
		t.Fatal("ExternalID changed when the caller's buffer changed")
	}
	other, _ := DecodePush([]byte(strings.Replace(string(fixture(t, "order_status.json")), "READY_TO_SHIP", "SHIPPED", 1)))
	if other.ExternalID() == id {
		t.Fatal("different pushes must get different ExternalIDs")
	}
	if p.EventType() != "shopee.3" {
		t.Errorf("EventType = %q", p.EventType())
	}
}

func TestDecodePushRejectsMalformedBodiesPrecisely(t *testing.T) {
	tests := []struct{ name, body, field, message string }{
		{"empty", ``, "", "push body is empty"},
		{"not json", `code=3`, "", "push body is not valid JSON (byte offset 1)"},
		{"truncated", `{"code":3,"data":{"ordersn":"X"`, "", "push body ends in the middle of a JSON value"},
		{"array", `[{"code":3}]`, "", "push body must be a JSON object, not array"},
		{"trailing data", `{"code":3} {"code":4}`, "", "push body has data after the JSON object ending at byte offset 10"},
		{"missing code", `{"shop_id":1,"data":{}}`, "code", "code is missing; every Shopee push has one"},
		{"code is text", `{"code":"order"}`, "code", `code must be an integer, not string "order"`},
		{"code is zero", `{"code":0}`, "code", "code must be a positive integer, not 0"},
		{"code is fractional", `{"code":3.5}`, "code", "code must be an integer, not number 3.5"},
		{"code as digits in a string", `{"code":"-3"}`, "code", "code must be a positive integer, not -3"},
		{"shop_id is bool", `{"code":3,"shop_id":true}`, "shop_id", "shop_id must be an integer, not bool"},
		{"negative timestamp", `{"code":3,"timestamp":-1}`, "timestamp", "timestamp must be unix seconds, not negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodePush([]byte(tt.body))
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || kefu.ErrorMessage(err) != tt.message {
				t.Fatalf("got %v (field %q), want %q on %q", err, kefu.ErrorField(err), tt.message, tt.field)
			}
		})
	}
}

func TestDecodePushAcceptsIDsAsStringsAndUnknownFields(t *testing.T) {
	p, err := DecodePush([]byte(`{"code":3,"shop_id":"823411907","timestamp":"1718083216","msg_id":"new-field","data":{"ordersn":"X1","status":"SHIPPED"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.ShopID != 823411907 || p.Timestamp.Unix() != 1718083216 {
		t.Fatalf("got %+v", p)
	}
}

func TestOrderStatusPush(t *testing.T) {
	s, err := mustDecode(t, "order_status.json").OrderStatus()
	if err != nil {
		t.Fatal(err)
	}
	want := OrderStatus{OrderSN: "240611K7QW3M2T", Status: "READY_TO_SHIP", UpdateTime: time.Unix(1718083215, 0).UTC()}
	if *s != want {
		t.Fatalf("got %+v, want %+v", *s, want)
	}
}

func TestTrackingNumberPush(t *testing.T) {
	n, err := mustDecode(t, "tracking_number.json").TrackingNumber()
	if err != nil {
		t.Fatal(err)
	}
	want := TrackingNumber{OrderSN: "240611K7QW3M2T", TrackingNo: "TH24061188214571A", PackageNumber: "OFG161907263182101"}
	if *n != want {
		t.Fatalf("got %+v, want %+v", *n, want)
	}
}

func TestOrderPushesRejectWrongCodeAndMissingFields(t *testing.T) {
	decode := func(body string) *Push {
		p, err := DecodePush([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name  string
		call  func() error
		field string
		msg   string
	}{
		{"tracking decoded as status", func() error { _, err := mustDecode(t, "tracking_number.json").OrderStatus(); return err }, "code", "push has code 4, not 3"},
		{"chat decoded as tracking", func() error { _, err := mustDecode(t, "webchat_text_th.json").TrackingNumber(); return err }, "code", "push has code 10, not 4"},
		{"no data", func() error { _, err := decode(`{"code":3}`).OrderStatus(); return err }, "data", "data is missing from the push"},
		{"null data", func() error { _, err := decode(`{"code":3,"data":null}`).OrderStatus(); return err }, "data", "data is missing from the push"},
		{"data not object", func() error { _, err := decode(`{"code":3,"data":"x"}`).OrderStatus(); return err }, "data", "data must be a JSON object, not string"},
		{"no ordersn", func() error { _, err := decode(`{"code":3,"data":{"status":"SHIPPED"}}`).OrderStatus(); return err }, "data.ordersn", "data.ordersn is missing"},
		{"no status", func() error { _, err := decode(`{"code":3,"data":{"ordersn":"X"}}`).OrderStatus(); return err }, "data.status", "data.status is missing from the order status push"},
		{"status not string", func() error {
			_, err := decode(`{"code":3,"data":{"ordersn":"X","status":7}}`).OrderStatus()
			return err
		}, "data.status", "data.status must be a string, not number"},
		{"no tracking_no", func() error { _, err := decode(`{"code":4,"data":{"ordersn":"X"}}`).TrackingNumber(); return err }, "data.tracking_no", "data.tracking_no is missing from the tracking number push"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || kefu.ErrorMessage(err) != tt.msg {
				t.Fatalf("got %v (field %q), want %q on %q", err, kefu.ErrorField(err), tt.msg, tt.field)
			}
		})
	}
}

func TestOrderPushAcceptsOrderSNSpelling(t *testing.T) {
	p, _ := DecodePush([]byte(`{"code":3,"data":{"order_sn":"X9","status":"COMPLETED"}}`))
	s, err := p.OrderStatus()
	if err != nil || s.OrderSN != "X9" || !s.UpdateTime.IsZero() {
		t.Fatalf("got %+v, %v", s, err)
	}
}
