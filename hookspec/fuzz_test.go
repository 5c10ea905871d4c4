package hookspec

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"kefu"
)

func FuzzDecodeEnvelope(f *testing.F) {
	for _, name := range fixtures {
		f.Add(fixture(f, name))
	}
	f.Add([]byte(`{"type":"order","order":{"number":"1","currency":"USD","items":[{"quantity":1e3}]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		e, err := DecodeEnvelope(body)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		// Whatever passes must be exactly one object of its type, and an
		// order must pass kefu's own validation once a store is known.
		n := 0
		for _, p := range []bool{e.Message != nil, e.Order != nil, e.Dispute != nil, e.Notice != nil} {
			if p {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("accepted envelope with %d objects", n)
		}
		if e.Order != nil {
			if err := e.Order.KefuOrder(1, "shopify").Validate(); err != nil {
				t.Fatalf("accepted order fails kefu validation: %v", err)
			}
		}
	})
}

func FuzzVerify(f *testing.F) {
	now := time.Unix(1767225600, 0)
	f.Add("msg_1", fmt.Sprint(now.Unix()), sig(secret1, "msg_1", now.Unix(), "{}"), []byte("{}"))
	f.Add("", "", "", []byte{})
	f.Add("a", "1767225600", "v1,AAAA v1a,BBBB", []byte("x"))
	f.Fuzz(func(t *testing.T, id, ts, signature string, body []byte) {
		h := http.Header{}
		h.Set(HeaderID, id)
		h.Set(HeaderTimestamp, ts)
		h.Set(HeaderSignature, signature)
		got, err := Verify(h, body, []string{secret1}, 0, now)
		if err != nil {
			if kefu.ErrorCode(err) != kefu.EINVALID || Reason(err) == "other" {
				t.Fatalf("error %v: code %q reason %q", err, kefu.ErrorCode(err), Reason(err))
			}
			return
		}
		if got != h.Get(HeaderID) {
			t.Fatalf("msgID %q, header %q", got, h.Get(HeaderID))
		}
		// Accepted means some v1 entry decodes to the independently
		// computed HMAC (compared as bytes: base64 has non-canonical spellings).
		var tsn int64
		fmt.Sscan(h.Get(HeaderTimestamp), &tsn)
		want := sig(secret1, got, tsn, string(body))
		found := false
		for _, e := range strings.Fields(h.Get(HeaderSignature)) {
			v, b64, _ := strings.Cut(e, ",")
			raw, err := base64.StdEncoding.DecodeString(b64)
			found = found || (v == "v1" && err == nil && "v1,"+base64.StdEncoding.EncodeToString(raw) == want)
		}
		if !found {
			t.Fatalf("accepted a request without the right signature: %q", signature)
		}
	})
}
